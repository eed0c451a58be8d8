package uk.nhs.cohortcoach.platform.calendar;

/** A VEVENT's STATUS (RFC 5545 §3.8.1.11). */
public enum EventStatus {
    TENTATIVE,
    CONFIRMED,
    CANCELLED
}
