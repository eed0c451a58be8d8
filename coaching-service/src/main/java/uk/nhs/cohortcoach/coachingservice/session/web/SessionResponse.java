package uk.nhs.cohortcoach.coachingservice.session.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogRules;

/**
 * A session as the API shows it: UTC instants plus the start and end on the wall clock of its time zone,
 * each with its offset ({@code 2026-10-25T01:30:00+01:00} and {@code 2026-10-25T01:30Z} are the two
 * 01:30s of the autumn clock change, which a local time alone could not tell apart); {@code logged} says
 * whether it has a log (held), {@code logEditableUntil} until when its coach may write or correct the log (14 days
 * after the start, or later once reopened or when recorded late), {@code notHeldReason} why it did not happen (status
 * {@code NOT_HELD}).
 */
record SessionResponse(String id, String cohortId, String collaborativeId, String coachId, SessionType type, String title,
        Instant startsAt, Instant endsAt, String timeZone, OffsetDateTime localStart, OffsetDateTime localEnd,
        long durationMinutes, String location, String videoLink, List<String> inviteeIds, String seriesId,
        SessionStatus status, String cancelReason, int sequence, Long version, boolean logged, Instant logEditableUntil,
        String notHeldReason) {

    static SessionResponse of(Session s) {
        ZoneId zone = ZoneId.of(s.timeZone() == null ? Session.LONDON : s.timeZone());
        return new SessionResponse(s.id(), s.cohortId(), s.collaborativeId(), s.coachId(), s.type(), s.title(),
                s.startsAt(), s.endsAt(), zone.getId(), s.startsAt().atZone(zone).toOffsetDateTime(),
                s.endsAt().atZone(zone).toOffsetDateTime(), java.time.Duration.between(s.startsAt(), s.endsAt()).toMinutes(),
                s.location(), s.videoLink(), s.inviteeIds(), s.seriesId(), s.status(), s.cancelReason(), s.sequence(),
                s.version(), s.log() != null, LogRules.editableUntil(s), s.notHeldReason());
    }
}
