package uk.nhs.cohortcoach.surveyservice.framework.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;

/** A framework's latest version as a programme manager edits it; {@code version} is the one read (stale: 409). */
record FrameworkRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 6) List<@NotNull @Valid ComponentRequest> components,
        @NotNull @Min(0) Long version) {

    record ComponentRequest(
            @NotNull MaturityComponent component,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Size(max = 5) List<@NotNull @Valid StatementRequest> statements,
            Boolean commentAllowed) {
    }

    record StatementRequest(@NotBlank @Size(max = 40) String id, @NotBlank @Size(max = 500) String text, Boolean required) {
    }

    List<Framework.Component> toComponents() {
        return toComponents(components);
    }

    static List<Framework.Component> toComponents(List<ComponentRequest> components) {
        return components.stream().map(c -> new Framework.Component(c.component(), c.title().trim(),
                c.statements().stream().map(s -> new Framework.Statement(s.id(), s.text().trim(), s.required() == null || s.required()))
                        .toList(),
                c.commentAllowed() == null || c.commentAllowed())).toList();
    }
}
