package uk.nhs.cohortcoach.surveyservice.framework.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;

/**
 * A new framework as a programme manager creates it: its components and statements as in an edit, and
 * {@code frameworkId} optional (made from the name when absent).
 */
record NewFrameworkRequest(
        @Size(max = 40) String frameworkId,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 6) List<FrameworkRequest.@NotNull @Valid ComponentRequest> components) {

    String id() {
        return frameworkId == null || frameworkId.isBlank() ? null : frameworkId.trim();
    }

    List<Framework.Component> toComponents() {
        return FrameworkRequest.toComponents(components);
    }
}
