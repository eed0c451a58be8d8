package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One knowledge-hub resource as hub-service answers it. {@code bodyHtml} is HTML hub-service made from the Markdown
 * body and sanitised; {@code body} (the Markdown) comes to programme managers only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubResource(String id, String kind, String title, String summary, String body, String bodyHtml, List<Link> links,
        List<Attachment> attachments, List<String> components, List<String> themes, String audience, String cohortId,
        String status, Recording recording, String openEventId, Instant publishedAt, Instant updatedAt, Long version,
        List<HubResourceSummary> related) {

    public HubResource {
        links = links == null ? List.of() : List.copyOf(links);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        components = components == null ? List.of() : List.copyOf(components);
        themes = themes == null ? List.of() : List.copyOf(themes);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A link the resource points to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String title, String url) {
    }

    /** An uploaded file (a PDF); {@code size} in bytes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(String id, String fileName, String contentType, long size) {
    }

    /** An open event's recording. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recording(String videoLink, Integer durationMinutes) {
    }
}
