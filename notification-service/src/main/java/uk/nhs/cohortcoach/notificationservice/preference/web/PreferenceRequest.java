package uk.nhs.cohortcoach.notificationservice.preference.web;

import jakarta.validation.constraints.NotNull;

/**
 * A change of preferences: {@code reminders} is required (true or false); {@code newResources} is optional (true or
 * false; left out or null, it stays as it was).
 */
record PreferenceRequest(@NotNull Boolean reminders, Boolean newResources) {
}
