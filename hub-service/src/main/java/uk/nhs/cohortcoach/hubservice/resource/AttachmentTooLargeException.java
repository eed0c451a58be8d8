package uk.nhs.cohortcoach.hubservice.resource;

/** An uploaded file larger than an attachment may be: answered 413, naming the {@code file} part. */
public class AttachmentTooLargeException extends RuntimeException {

    public AttachmentTooLargeException() {
        super(ResourceAttachments.TOO_LARGE);
    }
}
