package uk.nhs.cohortcoach.hubservice.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.hub.ResourceArchived;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A resource of the knowledge hub and its life cycle: {@code DRAFT} (nobody but programme managers sees it, nothing
 * announced) → {@code PUBLISHED} (ResourcePublished; its audience reads it) → {@code ARCHIVED} (ResourceArchived;
 * managers only) → {@code PUBLISHED} again. A published resource may be edited: it stays published and
 * ResourcePublished is sent again. Each move returns the new state and its events, and refuses (409, in words, with a
 * stable {@code reason}) what the state forbids.
 *
 * @param bodyHtml    the Markdown body rendered and sanitised when it was saved ({@link MarkdownBody})
 * @param openEventId the open event whose recording this is, or null
 * @param publishedAt when it was last published from a draft or the archive (edits keep it), or null
 */
@Document("resources")
public record Resource(
        @Id String id,
        ResourceContent content,
        String bodyHtml,
        List<Attachment> attachments,
        String openEventId,
        ResourceStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        @Version Long version) {

    /** At most this many attachments per resource. */
    public static final int MAX_ATTACHMENTS = 10;

    /** The resource as it is to be stored after a move, and the events the move records with it (maybe none). */
    public record Changed(Resource resource, List<DomainEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    public Resource {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A new draft: nothing is announced until it is published. */
    public static Resource draft(String id, ResourceContent content, String bodyHtml, Instant now) {
        return new Resource(id, content, bodyHtml, List.of(), null, ResourceStatus.DRAFT, now, now, null, null);
    }

    /** A new draft of an open event's recording (published at once by {@link Resources#publishRecording}). */
    public static Resource recordingDraft(String id, String openEventId, ResourceContent content, String bodyHtml, Instant now) {
        return new Resource(id, content, bodyHtml, List.of(), openEventId, ResourceStatus.DRAFT, now, now, null, null);
    }

    /**
     * New content. A draft or archived resource stays as it is (no event); a published one stays published, may not
     * lose what publishing needs, and is announced again.
     */
    public Changed edit(ResourceContent newContent, String newBodyHtml, Instant now) {
        Resource edited = new Resource(id, newContent, newBodyHtml, attachments, openEventId, status, createdAt, now, publishedAt,
                version);
        if (status != ResourceStatus.PUBLISHED) {
            return new Changed(edited, List.of());
        }
        edited.checkPublishable();
        return new Changed(edited, List.of(edited.published(now)));
    }

    /** Publishes a draft or an archived resource: ResourcePublished. */
    public Changed publish(Instant now) {
        if (status == ResourceStatus.PUBLISHED) {
            throw new ConflictException("The resource is already published.", "already-published");
        }
        checkPublishable();
        Resource published = new Resource(id, content, bodyHtml, attachments, openEventId, ResourceStatus.PUBLISHED, createdAt, now,
                now, version);
        return new Changed(published, List.of(published.published(now)));
    }

    /** Archives a published resource: ResourceArchived. A draft was never published, so it cannot be archived. */
    public Changed archive(Instant now) {
        if (status == ResourceStatus.DRAFT) {
            throw new ConflictException("A draft cannot be archived because it was never published.", "draft-not-archivable");
        }
        if (status == ResourceStatus.ARCHIVED) {
            throw new ConflictException("The resource is already archived.", "already-archived");
        }
        Resource archived = new Resource(id, content, bodyHtml, attachments, openEventId, ResourceStatus.ARCHIVED, createdAt, now,
                publishedAt, version);
        return new Changed(archived, List.of(new ResourceArchived(UUID.randomUUID(), now, id)));
    }

    /** With one more attachment (no event: the resource's announcement is about its content). */
    public Resource withAttachment(Attachment attachment, Instant now) {
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new ConflictException("A resource can have at most " + MAX_ATTACHMENTS
                    + " attachments. Remove one before adding another.", "too-many-attachments");
        }
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Resource(id, content, bodyHtml, more, openEventId, status, createdAt, now, publishedAt, version);
    }

    /** Without the attachment of this id (the same resource if it has none of that id). */
    public Resource withoutAttachment(String attachmentId, Instant now) {
        List<Attachment> fewer = attachments.stream().filter(a -> !a.id().equals(attachmentId)).toList();
        return new Resource(id, content, bodyHtml, fewer, openEventId, status, createdAt, now, publishedAt, version);
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    private void checkPublishable() {
        if (content.summary() == null) {
            throw new ConflictException("Add a summary before publishing the resource: its audience sees the summary in lists"
                    + " and emails.", "summary-missing");
        }
        if (content.kind() == ResourceKind.EVENT_RECORDING && content.recording() == null) {
            throw new ConflictException("Add the recording's video link before publishing an event recording.", "recording-missing");
        }
        if (content.audience() == Audience.COHORT && content.cohortId() == null) {
            throw new ConflictException("Choose the cohort before publishing a resource for one cohort.", "cohort-missing");
        }
    }

    private ResourcePublished published(Instant now) {
        return new ResourcePublished(UUID.randomUUID(), now, id, content.kind().name(), content.title(), content.summary(),
                content.audience().name(), content.cohortId(), content.components().stream().map(Enum::name).toList(),
                content.themes().stream().map(Enum::name).toList());
    }
}
