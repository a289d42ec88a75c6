package io.ticketflow.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(PartnerController.PARTNERS)
@Tag(name = "Partners", description = "Installers, service teams, franchises, stores and dealers; their people and "
        + "their sales")
class PartnerController {

    static final String PARTNERS = "/api/partners";
    private static final String CODE = "[A-Z0-9][A-Z0-9_-]{0,39}";

    private final Partners partners;

    PartnerController(Partners partners) {
        this.partners = partners;
    }

    record PartnerInput(@NotBlank @Size(max = 200) @PlainText String name, @NotNull PartnerKind kind,
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an upper-case region code")
            @KnownRegion String region,
            @NotNull @Size(max = 500) List<@Pattern(regexp = "[a-zA-Z0-9]{1,64}", message = "must be a user id")
                    String> members) {
    }

    record PartnerView(String code, String name, PartnerKind kind, String region, List<String> members) {
    }

    record SaleInput(@NotBlank @Size(max = 80) @PlainText String reference, @NotNull LocalDate date,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @GetMapping
    @Operation(summary = "Partners with the people who work for them")
    List<PartnerView> all() {
        return partners.all().stream().map(this::view).toList();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Create or replace a partner and its members (admin)")
    PartnerView save(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody PartnerInput input) {
        return view(partners.save(code, input.name(), input.kind(), input.region(), input.members()));
    }

    @PostMapping("/{code}/sales")
    @Operation(summary = "Report a sale (integrators): franchise, store and dealer months are priced on their sales. "
            + "The reference makes a redelivery harmless: 201 the first time, 200 after")
    ResponseEntity<Void> recordSale(@PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody SaleInput sale) {
        boolean recorded = partners.recordSale(code, sale.reference(), sale.date(), sale.amount());
        return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    private PartnerView view(Partner partner) {
        return new PartnerView(partner.code(), partner.name(), partner.kind(), partner.region(),
                partners.members(partner.code()));
    }
}
