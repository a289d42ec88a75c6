package io.ticketflow.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Templates and their versions, ticket fields, device models, attachments, status tokens, channel messages. */
@Mapper
interface IntakeMapper {

    List<Template> findAllTemplates();

    Optional<Template> findTemplate(String code);

    List<Template> findTemplatesOfCategory(String category);

    Optional<Template> lockTemplate(String code);

    void insertTemplate(Template template);

    void updateTemplate(Template template);

    Optional<TemplateVersionRow> findTemplateVersion(@Param("code") String code, @Param("version") int version);

    List<TemplateVersionRow> findTemplateVersions(String code);

    void insertTemplateVersion(TemplateVersionRow row);

    void insertField(@Param("ticketId") long ticketId, @Param("name") String name, @Param("value") String value);

    List<TicketField> findFields(long ticketId);

    Optional<DeviceModel> findDeviceModel(String model);

    void insertDeviceModel(DeviceModel model);

    int updateDeviceModel(DeviceModel model);

    void insertAttachment(@Param("token") String token, @Param("fileName") String fileName,
            @Param("contentType") String contentType, @Param("size") long size, @Param("sha256") String sha256,
            @Param("content") byte[] content, @Param("uploadedBy") String uploadedBy,
            @Param("createdAt") Instant createdAt);

    List<Attachment> findAttachmentsByTokens(@Param("tokens") Collection<String> tokens);

    int attach(@Param("token") String token, @Param("ticketId") long ticketId);

    List<Attachment> findAttachmentsOfTicket(long ticketId);

    Optional<Attachment> findAttachment(@Param("ticketId") long ticketId, @Param("id") long id);

    StoredContent findAttachmentContent(long id);

    Optional<Attachment> findAttachmentById(long id);

    /** A ticket's mails, oldest first: the customer's taken in and ours sent (outcome SENT). */
    List<ThreadMessage> findMessagesOfTicket(@Param("channel") String channel, @Param("ticketId") long ticketId);

    record ThreadMessage(String messageId, String outcome) {
    }

    Optional<Long> findTicketOfMessage(@Param("channel") String channel, @Param("messageId") String messageId);

    void insertChannelMessage(@Param("channel") String channel, @Param("messageId") String messageId,
            @Param("ticketId") long ticketId, @Param("outcome") String outcome,
            @Param("receivedAt") Instant receivedAt);
}
