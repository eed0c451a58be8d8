package uk.nhs.cohortcoach.notificationservice.preference.web;

import jakarta.validation.constraints.NotNull;

/** A change of preferences: {@code reminders} is required (true or false). */
record PreferenceRequest(@NotNull Boolean reminders) {
}
