package uk.nhs.cohortcoach.coachingservice.session.schedule;

/** How often a series repeats, at the same local time. */
public enum Frequency {
    WEEKLY, FORTNIGHTLY,
    /** On the same day of the month; in a month too short for it, on the month's last day. */
    MONTHLY
}
