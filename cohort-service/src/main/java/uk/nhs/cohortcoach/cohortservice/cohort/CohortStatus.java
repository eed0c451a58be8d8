package uk.nhs.cohortcoach.cohortservice.cohort;

/** Where a cohort is in its life: planned → active → closed, only forward; a closed cohort is read-only. */
public enum CohortStatus {
    PLANNED, ACTIVE, CLOSED;

    /** Whether a cohort in this status may be moved to {@code next} (staying put is allowed, except when closed). */
    public boolean mayMoveTo(CohortStatus next) {
        return this != CLOSED && next.ordinal() >= ordinal();
    }
}
