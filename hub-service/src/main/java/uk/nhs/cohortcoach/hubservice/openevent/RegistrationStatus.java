package uk.nhs.cohortcoach.hubservice.openevent;

/** A registration holds a place ({@code CONFIRMED}), waits for one ({@code WAITLISTED}) or was cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
