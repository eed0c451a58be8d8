package uk.nhs.cohortcoach.hubservice.resource.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.hubservice.resource.ResourceStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * One resource. {@code bodyHtml} is the sanitised HTML to show as it is; {@code body}, the Markdown, only for programme
 * managers (null for everyone else); {@code related}: up to three others the reader may read.
 */
record ResourceResponse(String id, ResourceKind kind, String title, String summary, String body, String bodyHtml,
        List<ResourceLinkResponse> links, List<AttachmentResponse> attachments, List<MaturityComponent> components,
        List<EquityTheme> themes, Audience audience, String cohortId, ResourceStatus status, ResourceRecordingResponse recording,
        String openEventId, Instant publishedAt, Instant updatedAt, Long version, List<ResourceSummaryResponse> related) {

    static ResourceResponse of(Resource resource, boolean withMarkdown, List<Resource> related) {
        var content = resource.content();
        return new ResourceResponse(resource.id(), content.kind(), content.title(), content.summary(),
                withMarkdown ? content.body() : null, resource.bodyHtml(),
                content.links().stream().map(l -> new ResourceLinkResponse(l.title(), l.url())).toList(),
                resource.attachments().stream().map(AttachmentResponse::of).toList(), content.components(), content.themes(),
                content.audience(), content.cohortId(), resource.status(),
                content.recording() == null ? null
                        : new ResourceRecordingResponse(content.recording().videoLink(), content.recording().durationMinutes()),
                resource.openEventId(), resource.publishedAt(), resource.updatedAt(), resource.version(),
                related.stream().map(ResourceSummaryResponse::of).toList());
    }
}
