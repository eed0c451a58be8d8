package uk.nhs.cohortcoach.hubservice.resource.web;

import uk.nhs.cohortcoach.hubservice.resource.Attachment;

/** An attachment of a resource: download it from {@code /api/resources/{id}/attachments/{attachmentId}}. */
record AttachmentResponse(String id, String fileName, String contentType, long size) {

    static AttachmentResponse of(Attachment attachment) {
        return new AttachmentResponse(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size());
    }
}
