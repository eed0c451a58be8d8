package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.LocalDate;

/** Narrows a list of sessions; any part may be null. {@code from} and {@code to} are London days, inclusive. */
public record SessionFilter(String collaborativeId, String coachId, String seriesId, LocalDate from, LocalDate to) {
}
