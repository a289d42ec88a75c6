package io.ticketflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenario templates and their versions. Editing a template makes a new version; rolling back copies an earlier
 * version into a new one — the history only grows, and a ticket keeps the version it was created with.
 */
@Service
public class TemplateBook {

    private static final TypeReference<List<FieldDefinition>> FIELDS = new TypeReference<>() {
    };

    private final IntakeMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    TemplateBook(IntakeMapper mapper, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    public List<Template> all() {
        return mapper.findAllTemplates();
    }

    public Template get(String code) {
        return mapper.findTemplate(code).orElseThrow(() -> new NotFoundException("Template", code));
    }

    public TemplateVersion current(String code) {
        return version(code, get(code).currentVersion());
    }

    public TemplateVersion version(String code, int version) {
        return mapper.findTemplateVersion(code, version).map(this::toVersion)
                .orElseThrow(() -> new NotFoundException("Template version", code + " v" + version));
    }

    public List<TemplateVersion> versions(String code) {
        get(code);
        return mapper.findTemplateVersions(code).stream().map(this::toVersion).toList();
    }

    /** The template for a category, when exactly one template serves it. */
    public Optional<Template> forCategory(String category) {
        List<Template> found = mapper.findTemplatesOfCategory(category);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Creates the template or makes a new version of it; broken field definitions are refused, all at once. */
    @Transactional
    public TemplateVersion save(String code, String name, String category, List<FieldDefinition> fields, String note,
            String actor) {
        List<FieldError> problems = FieldChecks.checkDefinitions(fields);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Optional<Template> existing = mapper.lockTemplate(code);
        int version = existing.map(t -> t.currentVersion() + 1).orElse(1);
        version = Math.max(version, mapper.findTemplateVersions(code).size() + 1);
        Template template = new Template(code, name, category, version, clock.instant());
        if (existing.isEmpty()) {
            mapper.insertTemplate(template);
        }
        mapper.insertTemplateVersion(new TemplateVersionRow(code, version, write(fields), note, actor,
                clock.instant()));
        mapper.updateTemplate(template);
        return version(code, version);
    }

    /** Makes an earlier version current again, as a new version with the earlier fields. */
    @Transactional
    public TemplateVersion rollback(String code, int toVersion, String actor) {
        Template template = mapper.lockTemplate(code).orElseThrow(() -> new NotFoundException("Template", code));
        TemplateVersion earlier = version(code, toVersion);
        return save(code, template.name(), template.category(), earlier.fields(), "rollback to v" + toVersion,
                actor);
    }

    private TemplateVersion toVersion(TemplateVersionRow row) {
        try {
            return new TemplateVersion(row.templateCode(), row.version(), json.readValue(row.fields(), FIELDS),
                    row.note(), row.createdBy(), row.createdAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Template " + row.templateCode() + " v" + row.version()
                    + " has unreadable fields", e);
        }
    }

    private String write(List<FieldDefinition> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write template fields", e);
        }
    }
}
