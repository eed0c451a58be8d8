package uk.nhs.cohortcoach.web.api;

import java.time.LocalDate;

/** A cohort as cohort-service's {@code GET /api/cohorts} lists it (only what the pages use). */
public record Cohort(String id, String name, int phase, String description, LocalDate startDate, LocalDate endDate,
        String status, long version) {

    /** "Planned", "Active", "Closed". */
    public String statusInWords() {
        return status == null || status.isEmpty() ? "" : status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.UK);
    }
}
