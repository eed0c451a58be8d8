package uk.nhs.cohortcoach.hubservice.resource.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.hubservice.resource.ResourceStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** A resource in the programme managers' list: the summary with its status and when it last changed. */
record ManagedResourceResponse(String id, ResourceKind kind, String title, String summary, List<MaturityComponent> components,
        List<EquityTheme> themes, Audience audience, Instant publishedAt, ResourceStatus status, Instant updatedAt) {

    static ManagedResourceResponse of(Resource resource) {
        var content = resource.content();
        return new ManagedResourceResponse(resource.id(), content.kind(), content.title(), content.summary(), content.components(),
                content.themes(), content.audience(), resource.publishedAt(), resource.status(), resource.updatedAt());
    }
}
