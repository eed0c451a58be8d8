package uk.nhs.cohortcoach.hubservice.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * A resource's PDF attachments: checked by their first bytes ({@code %PDF-}), never by the type the client claims, at
 * most {@value #MAX_MEGABYTES} MB, kept in GridFS ({@link AttachmentStore}) with their details in the resource's
 * document; removing one deletes its file. Read only by those who may read the resource.
 */
@Service
public class ResourceAttachments {

    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    static final String TOO_LARGE = "The file must be " + MAX_MEGABYTES + " MB or smaller";
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String FILE = "file";

    /** An attachment's details and its bytes, to be closed by the reader. */
    public record Download(Attachment attachment, InputStream content) {
    }

    private final Resources resources;
    private final AttachmentStore store;
    private final Outbox outbox;

    ResourceAttachments(Resources resources, AttachmentStore store, Outbox outbox) {
        this.resources = resources;
        this.store = store;
        this.outbox = outbox;
    }

    /** Adds a PDF of {@code size} bytes to the resource; answers its details. */
    public Attachment add(String resourceId, InputStream content, String originalName, long size, Instant now) throws IOException {
        Resource resource = resources.get(resourceId);
        if (size > MAX_BYTES) {
            throw new AttachmentTooLargeException();
        }
        if (size <= 0) {
            throw InvalidFieldsException.of(FILE, "The selected file is empty");
        }
        PushbackInputStream stream = new PushbackInputStream(content, PDF_SIGNATURE.length);
        byte[] start = stream.readNBytes(PDF_SIGNATURE.length);
        if (!Arrays.equals(start, PDF_SIGNATURE)) {
            throw InvalidFieldsException.of(FILE, "The selected file must be a PDF");
        }
        stream.unread(start);
        resource.withAttachment(new Attachment("check", "check.pdf", "application/pdf", size), now); // refuses an 11th before storing
        String fileName = FileNameRules.safe(originalName);
        String id = store.store(stream, fileName, resourceId);
        Attachment attachment = new Attachment(id, fileName, "application/pdf", size);
        try {
            change(resourceId, current -> current.withAttachment(attachment, now));
            return attachment;
        } catch (RuntimeException failed) {
            store.delete(id);
            throw failed;
        }
    }

    /** Removes the attachment from the resource and deletes its file. */
    public void remove(String resourceId, String attachmentId, Instant now) {
        Resource resource = resources.get(resourceId);
        if (resource.attachments().stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new NotFoundException("attachment", attachmentId);
        }
        change(resourceId, current -> current.withoutAttachment(attachmentId, now));
        store.delete(attachmentId);
    }

    /** The attachment, if the reader may read its resource; otherwise not found. */
    public Download open(String resourceId, String attachmentId, Reader reader) {
        Resource resource = resources.read(resourceId, reader);
        Attachment attachment = resource.attachments().stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        InputStream content = store.open(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(attachment, content);
    }

    /** Loads, changes and saves the resource, again if someone else changed it in between. */
    private void change(String resourceId, UnaryOperator<Resource> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                outbox.update(change.apply(resources.get(resourceId)));
                return;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }
}
