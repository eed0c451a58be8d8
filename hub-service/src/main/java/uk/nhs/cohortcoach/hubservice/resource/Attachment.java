package uk.nhs.cohortcoach.hubservice.resource;

/**
 * A file attached to a resource: its id (the GridFS file's id), the safe file name it is downloaded as, its content
 * type (always {@code application/pdf}) and its size in bytes.
 */
public record Attachment(String id, String fileName, String contentType, long size) {
}
