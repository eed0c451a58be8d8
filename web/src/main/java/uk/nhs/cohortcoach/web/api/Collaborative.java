package uk.nhs.cohortcoach.web.api;

/** A collaborative as cohort-service's {@code GET /api/collaboratives} lists it (only what the pages use). */
public record Collaborative(String id, String cohortId, String name, int plannedCoachingHours) {
}
