package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions of a series were moved or cancelled by one request ("this" or "this and later"): every session it
 * changed, as it now is. Published (keyed by the series id) with the last of those sessions' writes, after each one's
 * own SessionRescheduled or SessionCancelled was recorded, so a consumer can tell people about the change once.
 *
 * @param change      {@code RESCHEDULED} or {@code CANCELLED}
 * @param occurrences the sessions changed, by start
 */
public record SeriesChanged(
        UUID eventId,
        Instant occurredAt,
        String seriesId,
        String collaborativeId,
        String coachId,
        String title,
        List<String> inviteeIds,
        String timeZone,
        String videoLink,
        String change,
        String reason,
        List<Occurrence> occurrences) implements CoachingEvent {

    public static final String RESCHEDULED = "RESCHEDULED";
    public static final String CANCELLED = "CANCELLED";

    public SeriesChanged {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
    }

    /**
     * One session changed: its start and end now (a cancelled one keeps its times), where it was to start before,
     * its place and its new iCalendar sequence.
     */
    public record Occurrence(String sessionId, Instant startsAt, Instant endsAt, Instant previousStartsAt, String location,
            int sequence) {
    }

    @Override
    public String aggregateId() {
        return seriesId;
    }
}
