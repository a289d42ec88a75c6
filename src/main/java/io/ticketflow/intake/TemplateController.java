package io.ticketflow.intake;

import io.ticketflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Templates", description = "Scenario templates: custom fields per kind of ticket, with versions and "
        + "rollback; device models and their manuals")
class TemplateController {

    static final String CODE = "[a-z][a-z0-9-]{0,39}";

    private final TemplateBook templates;
    private final DeviceModels devices;

    TemplateController(TemplateBook templates, DeviceModels devices) {
        this.templates = templates;
        this.devices = devices;
    }

    record TemplateInput(@NotBlank @Size(max = 200) @PlainText String name,
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be an upper-case category code")
            String category,
            @NotNull @Size(max = 50) List<FieldDefinition> fields,
            @NotBlank @Size(max = 300) @PlainText(multiLine = true) String note) {
    }

    record RollbackInput(@NotNull @Min(1) Integer version) {
    }

    record DeviceModelInput(@NotBlank @Size(max = 200) @PlainText String name,
            @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String manualUrl) {
    }

    record TemplateView(Template template, TemplateVersion current) {
    }

    @GetMapping("/api/templates")
    @Operation(summary = "Templates with their current version number")
    List<Template> all() {
        return templates.all();
    }

    @GetMapping("/api/templates/{code}")
    @Operation(summary = "A template with the fields of its current version")
    TemplateView get(@PathVariable @Pattern(regexp = CODE) String code) {
        return new TemplateView(templates.get(code), templates.current(code));
    }

    @GetMapping("/api/templates/{code}/versions")
    @Operation(summary = "Every version of a template, oldest first, with who made it and why")
    List<TemplateVersion> versions(@PathVariable @Pattern(regexp = CODE) String code) {
        return templates.versions(code);
    }

    @PutMapping("/api/templates/{code}")
    @Operation(summary = "Create a template or save a new version of it (analysts, admins); tickets keep the version "
            + "they were created with")
    TemplateView save(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody TemplateInput input) {
        templates.save(code, input.name(), input.category(), input.fields(), input.note(),
                CurrentUser.get().userId());
        return get(code);
    }

    @PostMapping("/api/templates/{code}/rollback")
    @Operation(summary = "Make an earlier version current again, as a new version with its fields")
    TemplateView rollback(@PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody RollbackInput input) {
        templates.rollback(code, input.version(), CurrentUser.get().userId());
        return get(code);
    }

    @PutMapping("/api/templates/device-models/{model}")
    @Operation(summary = "Create or change a device model and its maintenance manual link (analysts, admins)")
    DeviceModel saveDeviceModel(@PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}") String model,
            @Valid @RequestBody DeviceModelInput input) {
        return devices.save(model, input.name(), input.manualUrl());
    }
}
