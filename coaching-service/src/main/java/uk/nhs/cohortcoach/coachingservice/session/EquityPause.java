package uk.nhs.cohortcoach.coachingservice.session;

/** Whether the session stopped deliberately to ask who is being left behind, and what that surfaced. */
public record EquityPause(boolean held, String surfaced) {
}
