package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The time a session takes: from its start (inclusive) to its end (exclusive), as UTC instants. */
public record Slot(Instant start, Instant end) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + " – " + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * Whether the two slots overlap once each is widened by {@code buffer} on the side facing the
     * other: with a 15-minute buffer, 10:00–11:00 clashes with 11:10–12:00 but not with 11:15–12:00.
     * Slots that merely touch (one ends as the other starts) do not overlap without a buffer.
     */
    public boolean overlaps(Slot other, Duration buffer) {
        return start.isBefore(other.end.plus(buffer)) && other.start.isBefore(end.plus(buffer));
    }
}
