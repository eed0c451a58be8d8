package uk.nhs.cohortcoach.coachingservice.session.schedule;

/** Which sessions of a series a reschedule or cancellation applies to. */
public enum Scope {
    /** Only the session named. */
    THIS,
    /** The session named and every later session of its series that is not cancelled. */
    THIS_AND_LATER
}
