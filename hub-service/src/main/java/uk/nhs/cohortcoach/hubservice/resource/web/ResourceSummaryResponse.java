package uk.nhs.cohortcoach.hubservice.resource.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** A resource in a list: what it is and what it is about, never its body. */
record ResourceSummaryResponse(String id, ResourceKind kind, String title, String summary, List<MaturityComponent> components,
        List<EquityTheme> themes, Audience audience, Instant publishedAt) {

    static ResourceSummaryResponse of(Resource resource) {
        var content = resource.content();
        return new ResourceSummaryResponse(resource.id(), content.kind(), content.title(), content.summary(), content.components(),
                content.themes(), content.audience(), resource.publishedAt());
    }
}
