package uk.nhs.cohortcoach.coachingservice.calendar;

/** Whose sessions a feed shows: one coach's, or one collaborative's. */
public enum FeedKind {
    COACH, COLLABORATIVE
}
