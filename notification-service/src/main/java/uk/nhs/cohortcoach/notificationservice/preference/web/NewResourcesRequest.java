package uk.nhs.cohortcoach.notificationservice.preference.web;

import jakarta.validation.constraints.NotNull;

/** Opting in to (or out of) new-resource email: {@code newResources} is required (true or false). */
record NewResourcesRequest(@NotNull Boolean newResources) {
}
