package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A coach is never double-booked: two of their sessions clash when they overlap once a buffer
 * (15 minutes by default) is kept between them. A collaborative never has two overlapping sessions
 * (no buffer: different coaches may hand over). Cancelled sessions clash with nothing.
 */
public final class ClashRules {

    private final Duration buffer;

    public ClashRules(Duration buffer) {
        if (buffer == null || buffer.isNegative()) {
            throw new IllegalArgumentException("the buffer must be zero or more: " + buffer);
        }
        this.buffer = buffer;
    }

    public Duration buffer() {
        return buffer;
    }

    /**
     * Every clash of the proposed bookings with the existing ones and with each other (a series must
     * not clash with itself). Existing bookings with the same id as a proposed one are the proposed
     * one's former state and are ignored.
     */
    public List<Clash> clashes(List<Booking> proposed, Collection<Booking> existing) {
        Set<String> replaced = new HashSet<>();
        proposed.stream().map(Booking::sessionId).filter(Objects::nonNull).forEach(replaced::add);
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            Booking candidate = proposed.get(i);
            if (candidate.cancelled()) {
                continue;
            }
            for (Booking other : existing) {
                if (!replaced.contains(other.sessionId())) {
                    clash(candidate, other).ifPresent(clashes::add);
                }
            }
            for (int j = 0; j < i; j++) {
                clash(candidate, proposed.get(j)).ifPresent(clashes::add);
            }
        }
        clashes.sort(Comparator.comparing(Clash::proposedStartsAt).thenComparing(Clash::startsAt));
        return List.copyOf(clashes);
    }

    private java.util.Optional<Clash> clash(Booking candidate, Booking other) {
        if (other.cancelled()) {
            return java.util.Optional.empty();
        }
        Clash.Reason reason = null;
        if (candidate.coachId() != null && candidate.coachId().equals(other.coachId())
                && candidate.slot().overlaps(other.slot(), buffer)) {
            reason = Clash.Reason.COACH;
        } else if (candidate.collaborativeId() != null && candidate.collaborativeId().equals(other.collaborativeId())
                && candidate.slot().overlaps(other.slot(), Duration.ZERO)) {
            reason = Clash.Reason.COLLABORATIVE;
        }
        return reason == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Clash(candidate.slot().start(), other.sessionId(), other.title(),
                        other.slot().start(), other.slot().end(), reason));
    }
}
