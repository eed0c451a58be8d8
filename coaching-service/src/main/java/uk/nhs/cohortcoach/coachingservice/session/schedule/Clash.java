package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.Instant;

/**
 * A proposed session (starting at {@code proposedStartsAt}) clashes with session {@code sessionId}
 * ({@code title}, {@code startsAt}–{@code endsAt}) because they share the coach (allowing for the
 * buffer between a coach's sessions) or the collaborative.
 */
public record Clash(Instant proposedStartsAt, String sessionId, String title, Instant startsAt, Instant endsAt, Reason reason) {

    public enum Reason {
        /** The same coach, too close allowing for the buffer between their sessions. */
        COACH,
        /** The same collaborative at overlapping times. */
        COLLABORATIVE
    }
}
