package io.ticketflow.conversation;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Recipients;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.StatusLinks;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies that supervisors keep: every change is a new version (who, when), the newest is current, a retired
 * one is offered no more, and every version stays readable. An agent has one filled in for a ticket they may see:
 * the customer's name, the ticket number and subject, the customer's status link and the agent's own name.
 */
@Service
public class Macros {

    /** The placeholders a macro may use. */
    static final Set<String> PLACEHOLDERS = Set.of("customerName", "ticketNumber", "subject", "statusUrl",
            "agentName");

    private final MacroMapper mapper;
    private final TicketAccess access;
    private final CustomerService customers;
    private final StatusLinks links;
    private final NotificationSettings settings;
    private final Recipients recipients;
    private final Clock clock;

    Macros(MacroMapper mapper, TicketAccess access, CustomerService customers, StatusLinks links,
            NotificationSettings settings, Recipients recipients, Clock clock) {
        this.mapper = mapper;
        this.access = access;
        this.customers = customers;
        this.links = links;
        this.settings = settings;
        this.recipients = recipients;
        this.clock = clock;
    }

    public List<Macro> current() {
        return mapper.findCurrent();
    }

    List<Macro> versions(String code) {
        List<Macro> versions = mapper.findVersions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Macro", code);
        }
        return versions;
    }

    Macro version(String code, int version) {
        return mapper.findVersion(code, version).orElseThrow(() -> new NotFoundException("Macro", code + " v"
                + version));
    }

    /** Saves a new version of the macro (the first makes it); the body may use only the known placeholders. */
    @Transactional
    Macro save(String code, String title, String body, String actor) {
        Set<String> unknown = new TreeSet<>(MessageTemplates.placeholdersIn(body));
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("body", "unknown placeholders " + unknown + "; a macro may use "
                    + new TreeSet<>(PLACEHOLDERS));
        }
        return newVersion(code, title, body, false, actor);
    }

    /** Retires the macro: a last version that is offered no more (an edit brings it back). */
    @Transactional
    Macro retire(String code, String actor) {
        Macro latest = mapper.findLatest(code).orElseThrow(() -> new NotFoundException("Macro", code));
        if (latest.retired()) {
            throw new ConflictException("Macro " + code + " is retired already");
        }
        return newVersion(code, latest.title(), latest.body(), true, actor);
    }

    /** The current version filled in for a ticket the caller may see (404 otherwise). */
    public String render(String code, long ticketId, String userId) {
        Macro macro = mapper.findLatest(code).filter(found -> !found.retired())
                .orElseThrow(() -> new NotFoundException("Macro", code));
        Ticket ticket = access.visibleTicket(ticketId);
        return MessageTemplates.fill(macro.body(), Map.of(
                "customerName", customers.get(ticket.getCustomerId()).getName(),
                "ticketNumber", ticket.getTicketNumber(),
                "subject", ticket.getSubject(),
                "statusUrl", settings.publicUrl().replaceAll("/+$", "") + links.path(ticket.getTicketNumber()),
                "agentName", recipients.nameOf(userId)));
    }

    private Macro newVersion(String code, String title, String body, boolean retired, String actor) {
        int version = mapper.findLatest(code).map(Macro::version).orElse(0) + 1;
        try {
            mapper.insertVersion(code, version, title, body, retired, actor, clock.instant());
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new ConflictException("Macro " + code + " was changed meanwhile; read it again and retry");
        }
        return version(code, version);
    }
}
