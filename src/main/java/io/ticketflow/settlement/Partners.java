package io.ticketflow.settlement;

import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners the company pays, the engineers who work for them, and the sales integrators report. */
@Service
public class Partners {

    private final SettlementMapper mapper;
    private final IdentityService identityService;
    private final Clock clock;

    Partners(SettlementMapper mapper, IdentityService identityService, Clock clock) {
        this.mapper = mapper;
        this.identityService = identityService;
        this.clock = clock;
    }

    public List<Partner> all() {
        return mapper.findAllPartners();
    }

    public Partner get(String code) {
        return mapper.findPartner(code).orElseThrow(() -> new NotFoundException("Partner", code));
    }

    /** Creates or replaces a partner and the people who work for it (each person works for one partner). */
    @Transactional
    public Partner save(String code, String name, PartnerKind kind, String region, List<String> members) {
        for (String userId : members) {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                throw new InvalidFieldException("members", "there is no user " + userId);
            }
        }
        Partner partner = new Partner(code, name, kind, region, clock.instant());
        if (mapper.updatePartner(partner) == 0) {
            mapper.insertPartner(partner);
        }
        mapper.deleteMembers(code);
        for (String userId : members) {
            mapper.deleteMembership(userId);
            mapper.insertMember(userId, code);
        }
        return partner;
    }

    public List<String> members(String code) {
        return mapper.findMembers(code);
    }

    /** The partner an engineer works for; empty for the company's own staff. */
    public Optional<Partner> partnerOf(String userId) {
        return userId == null ? Optional.empty() : mapper.findPartnerOfMember(userId);
    }

    /**
     * Records one sale of a partner; the reference makes a redelivered report a no-op. Returns false when the
     * reference was already recorded.
     */
    @Transactional
    public boolean recordSale(String code, String reference, LocalDate day, BigDecimal amount) {
        get(code);
        try {
            return mapper.insertSale(code, reference, day, Money.round(amount), clock.instant()) == 1;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }
}
