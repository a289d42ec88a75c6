package io.ticketflow.notification;

import java.util.List;

/** The files a mail carries, by the ticket attachment ids its notification names (implemented where files live). */
public interface MailAttachments {

    /** The files with these ids; an id no longer there is left out. */
    List<MailFile> load(List<Long> ids);

    record MailFile(String fileName, String contentType, byte[] content) {
    }
}
