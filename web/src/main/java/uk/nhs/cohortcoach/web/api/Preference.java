package uk.nhs.cohortcoach.web.api;

import java.time.Instant;

/** A person's email preferences ({@code updatedAt} null while the defaults apply: reminders on). */
public record Preference(String personId, boolean reminders, Instant updatedAt) {
}
