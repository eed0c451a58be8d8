package uk.nhs.cohortcoach.hubservice.openevent;

/** An open event is {@code SCHEDULED} until a programme manager cancels it. */
public enum OpenEventStatus {
    SCHEDULED,
    CANCELLED
}
