package io.ticketflow.intake;

import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketViewSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What intake adds to the ticket view: the template's fields (labelled, in the template version's order), the
 * attachments (as download links), and for a known device its manual and its last service.
 */
@Configuration
class IntakeSections {

    record FieldView(String name, String label, FieldType type, String value) {
    }

    record AttachmentView(long id, String fileName, String contentType, long size, String download) {
    }

    record LastService(String ticketNumber, String subject, Instant resolvedAt) {
    }

    record DeviceView(String model, String name, String manualUrl, String serial, LastService lastService) {
    }

    @Bean
    TicketViewSection fieldsSection(IntakeMapper mapper, TemplateBook templates) {
        return section("fields", ticket -> {
            if (ticket.getTemplateCode() == null) {
                return null;
            }
            Map<String, String> values = mapper.findFields(ticket.getId()).stream()
                    .collect(Collectors.toMap(TicketField::name, TicketField::value));
            return templates.version(ticket.getTemplateCode(), ticket.getTemplateVersion()).fields().stream()
                    .filter(f -> values.containsKey(f.name()))
                    .map(f -> new FieldView(f.name(), f.label(), f.type(), values.get(f.name()))).toList();
        });
    }

    @Bean
    TicketViewSection attachmentsSection(AttachmentStore store) {
        return section("attachments", ticket -> {
            List<AttachmentView> files = store.ofTicket(ticket.getId()).stream()
                    .map(a -> new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(),
                            "/api/tickets/" + ticket.getId() + "/attachments/" + a.id())).toList();
            return files.isEmpty() ? null : files;
        });
    }

    @Bean
    TicketViewSection deviceSection(IntakeMapper mapper, TemplateBook templates, TicketService tickets) {
        return section("device", ticket -> {
            if (ticket.getTemplateCode() == null) {
                return null;
            }
            return templates.version(ticket.getTemplateCode(), ticket.getTemplateVersion()).fields().stream()
                    .filter(f -> f.type() == FieldType.DEVICE_MODEL).findFirst()
                    .flatMap(f -> mapper.findFields(ticket.getId()).stream()
                            .filter(v -> v.name().equals(f.name())).findFirst())
                    .flatMap(v -> mapper.findDeviceModel(v.value()))
                    .map(model -> new DeviceView(model.model(), model.name(), model.manualUrl(),
                            ticket.getDeviceSerial(), tickets.lastServiceOfDevice(ticket.getDeviceSerial(),
                                    ticket.getId()).map(last -> new LastService(last.getTicketNumber(),
                                    last.getSubject(), last.getResolvedAt())).orElse(null)))
                    .orElse(null);
        });
    }

    static TicketViewSection section(String name, Function<Ticket, Object> content) {
        return new TicketViewSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object of(Ticket ticket) {
                return content.apply(ticket);
            }
        };
    }
}
