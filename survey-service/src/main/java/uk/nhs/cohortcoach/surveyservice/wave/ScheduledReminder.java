package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Instant;

/**
 * One automatic reminder of a wave: when it is due and what became of it. Kept on the wave, so a
 * reminder sent (or skipped) is never sent again, whatever restarts in between.
 */
public record ScheduledReminder(Instant dueAt, State state) {

    /** {@code DUE} until its time; then {@code SENT}, or {@code SKIPPED} when it was already past at opening or a later one was due too. */
    public enum State {
        DUE, SENT, SKIPPED
    }

    ScheduledReminder with(State newState) {
        return new ScheduledReminder(dueAt, newState);
    }

    boolean dueBy(Instant now) {
        return state == State.DUE && !dueAt.isAfter(now);
    }
}
