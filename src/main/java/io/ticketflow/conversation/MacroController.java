package io.ticketflow.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Canned replies: agents read and fill them in; supervisors and admins write, version and retire them. */
@RestController
@Validated
@RequestMapping(MacroController.MACROS)
@Tag(name = "Macros", description = "Canned replies with placeholders, versioned")
class MacroController {

    static final String MACROS = "/api/macros";
    private static final String CODE = "[a-z][a-z0-9-]{0,59}";

    private final Macros macros;

    MacroController(Macros macros) {
        this.macros = macros;
    }

    record MacroText(@NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText(multiLine = true) String body) {
    }

    record MacroView(String code, int version, String title, String body, boolean retired, String createdBy,
            Instant createdAt) {

        static MacroView of(Macro macro) {
            return new MacroView(macro.code(), macro.version(), macro.title(), macro.body(), macro.retired(),
                    macro.createdBy(), macro.createdAt());
        }
    }

    record Filled(String code, long ticketId, String text) {
    }

    @GetMapping
    @Operation(summary = "The current macros (the newest version of each, retired ones left out)")
    List<MacroView> current() {
        return macros.current().stream().map(MacroView::of).toList();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Saves a new version of a macro, making it if new (supervisors, admins). Placeholders: "
            + "${customerName}, ${ticketNumber}, ${subject}, ${statusUrl}, ${agentName}")
    MacroView save(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody MacroText text) {
        return MacroView.of(macros.save(code, text.title(), text.body(), CurrentUser.get().userId()));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Every version of a macro, newest first")
    List<MacroView> versions(@PathVariable @Pattern(regexp = CODE) String code) {
        return macros.versions(code).stream().map(MacroView::of).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    MacroView version(@PathVariable @Pattern(regexp = CODE) String code, @PathVariable @Min(1) int version) {
        return MacroView.of(macros.version(code, version));
    }

    @PostMapping("/{code}/retire")
    @Operation(summary = "Offers the macro no more (a new, retired version; saving it again brings it back)")
    MacroView retire(@PathVariable @Pattern(regexp = CODE) String code) {
        return MacroView.of(macros.retire(code, CurrentUser.get().userId()));
    }

    @GetMapping("/{code}/filled")
    @Operation(summary = "The current version filled in for a ticket the caller may see, ready to send as a reply")
    Filled filled(@PathVariable @Pattern(regexp = CODE) String code, @RequestParam @Min(1) long ticketId) {
        return new Filled(code, ticketId, macros.render(code, ticketId, CurrentUser.get().userId()));
    }
}
