package uk.nhs.cohortcoach.coachingservice.action.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Reopening a done action: the version read. No reason is asked (see the README's life cycle). */
record ReopenRequest(@NotNull @Min(0) Long version) {
}
