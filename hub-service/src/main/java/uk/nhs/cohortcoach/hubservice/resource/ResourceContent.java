package uk.nhs.cohortcoach.hubservice.resource;

import java.util.List;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * What a programme manager writes of a resource (everything but its life cycle, attachments and rendered body).
 * Lists are never null; {@code cohortId} only with the {@code COHORT} audience; {@code summary}, {@code body} and
 * {@code recording} may be absent while it is a draft.
 */
public record ResourceContent(
        ResourceKind kind,
        String title,
        String summary,
        String body,
        List<Link> links,
        List<MaturityComponent> components,
        List<EquityTheme> themes,
        Audience audience,
        String cohortId,
        Recording recording) {

    public ResourceContent {
        links = links == null ? List.of() : List.copyOf(links);
        components = components == null ? List.of() : List.copyOf(components.stream().distinct().toList());
        themes = themes == null ? List.of() : List.copyOf(themes.stream().distinct().toList());
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        body = body == null ? "" : body;
        title = title == null ? null : title.strip();
        cohortId = audience == Audience.COHORT && cohortId != null ? cohortId.strip() : null;
    }
}
