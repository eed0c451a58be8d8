package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A series of sessions was planned with a collaborative: every occurrence, as scheduled. Published (keyed by the
 * series id) once all of the series' sessions are stored, after each one's own SessionScheduled was recorded, so a
 * consumer that reads it knows the whole series whatever order the sessions' own events arrive in.
 *
 * @param occurrences the sessions of the series, by start
 */
public record SeriesScheduled(
        UUID eventId,
        Instant occurredAt,
        String seriesId,
        String cohortId,
        String collaborativeId,
        String coachId,
        String type,
        String title,
        String location,
        List<String> inviteeIds,
        String timeZone,
        String videoLink,
        List<Occurrence> occurrences) implements CoachingEvent {

    public SeriesScheduled {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
    }

    /** One session of the series as it was scheduled. */
    public record Occurrence(String sessionId, Instant startsAt, Instant endsAt) {
    }

    @Override
    public String aggregateId() {
        return seriesId;
    }
}
