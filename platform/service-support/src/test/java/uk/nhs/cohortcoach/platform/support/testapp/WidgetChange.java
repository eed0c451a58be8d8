package uk.nhs.cohortcoach.platform.support.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Renames a widget, given the version the client last saw. */
record WidgetChange(@NotBlank String name, @NotNull Long version) {
}
