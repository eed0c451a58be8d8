package uk.nhs.cohortcoach.hubservice.resource.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.ResourceContent;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.hubservice.resource.ResourceRules;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/**
 * A resource as a programme manager writes it. {@code body} is Markdown (CommonMark with tables), at most 20,000
 * characters (the platform's limit for free text); {@code summary} and {@code recording} may wait until it is
 * published; {@code cohortId} only with the audience {@code COHORT}.
 */
record ResourceRequest(
        @NotNull ResourceKind kind,
        @NotBlank @Size(max = 200) String title,
        @FreeText @Size(max = 500) String summary,
        @FreeText @Size(max = 20_000) String body,
        @Size(max = 20) List<@NotNull @Valid ResourceLinkRequest> links,
        @Size(max = 6) List<@NotNull MaturityComponent> components,
        @Size(max = 17) List<@NotNull EquityTheme> themes,
        @NotNull Audience audience,
        @Size(max = 100) String cohortId,
        @Valid ResourceRecordingRequest recording) {

    ResourceContent content() {
        return content(kind, title, summary, body, links, components, themes, audience, cohortId, recording);
    }

    Map<String, String> rules() {
        return rules(audience, cohortId, links, recording);
    }

    static ResourceContent content(ResourceKind kind, String title, String summary, String body, List<ResourceLinkRequest> links,
            List<MaturityComponent> components, List<EquityTheme> themes, Audience audience, String cohortId,
            ResourceRecordingRequest recording) {
        return new ResourceContent(kind, title, summary, body, links == null ? List.of() : links.stream().map(ResourceLinkRequest::link).toList(),
                components, themes, audience, cohortId, recording == null ? null : recording.recording());
    }

    static Map<String, String> rules(Audience audience, String cohortId, List<ResourceLinkRequest> links, ResourceRecordingRequest recording) {
        return ResourceRules.problems(audience, cohortId,
                links == null ? null : links.stream().map(l -> l == null ? null : l.url()).toList(),
                recording == null ? null : recording.videoLink());
    }
}
