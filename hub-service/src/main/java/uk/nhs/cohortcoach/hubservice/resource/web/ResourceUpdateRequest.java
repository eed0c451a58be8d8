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
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/** A resource's new content, with the {@code version} the editor last saw (409 if it changed since). */
record ResourceUpdateRequest(
        @NotNull ResourceKind kind,
        @NotBlank @Size(max = 200) String title,
        @FreeText @Size(max = 500) String summary,
        @FreeText @Size(max = 20_000) String body,
        @Size(max = 20) List<@NotNull @Valid ResourceLinkRequest> links,
        @Size(max = 6) List<@NotNull MaturityComponent> components,
        @Size(max = 17) List<@NotNull EquityTheme> themes,
        @NotNull Audience audience,
        @Size(max = 100) String cohortId,
        @Valid ResourceRecordingRequest recording,
        @NotNull Long version) {

    ResourceContent content() {
        return ResourceRequest.content(kind, title, summary, body, links, components, themes, audience, cohortId, recording);
    }

    Map<String, String> rules() {
        return ResourceRequest.rules(audience, cohortId, links, recording);
    }
}
