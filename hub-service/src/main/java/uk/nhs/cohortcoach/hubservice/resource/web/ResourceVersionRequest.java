package uk.nhs.cohortcoach.hubservice.resource.web;

import jakarta.validation.constraints.NotNull;

/** Publishing or archiving: the {@code version} of the resource the manager last saw (409 if it changed since). */
record ResourceVersionRequest(@NotNull Long version) {
}
