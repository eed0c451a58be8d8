package uk.nhs.cohortcoach.web.api;

import java.time.Instant;

/**
 * A person's email preferences ({@code updatedAt} null while the defaults apply: reminders on, new-resource
 * emails off; {@code newResources} is false when an answer leaves it out).
 */
public record Preference(String personId, boolean reminders, boolean newResources, Instant updatedAt) {
}
