package uk.nhs.cohortcoach.notificationservice.session;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.platform.calendar.CalendarDocument;
import uk.nhs.cohortcoach.platform.calendar.CalendarEvent;
import uk.nhs.cohortcoach.platform.calendar.CalendarMethod;
import uk.nhs.cohortcoach.platform.calendar.CalendarWriter;
import uk.nhs.cohortcoach.platform.calendar.EventStatus;

/**
 * The iCalendar (RFC 5545/5546) text of one session, for the {@code calendar} personalisation field, written
 * by platform/calendar: METHOD REQUEST for an invitation or a change, CANCEL for a cancellation; UID
 * {@code <sessionId>@cohort-coach} (the same UID coaching-service's feeds use, so a client updates one entry),
 * the session's SEQUENCE, and times in UTC (no VTIMEZONE needed).
 */
final class SessionInvite {

    static final String UID_DOMAIN = "@cohort-coach";
    static final String PRODUCT = "-//Cohort Coach//notification-service//EN";

    private SessionInvite() {
    }

    static String request(String sessionId, int sequence, String title, Instant startsAt, Instant endsAt, String location,
            String videoLink, Instant now) {
        String place = notBlank(location) ? location : videoLink;
        CalendarEvent event = event(sessionId, sequence, title, startsAt, now, EventStatus.CONFIRMED).end(endsAt)
                .location(notBlank(place) ? place : null).url(notBlank(videoLink) ? uri(videoLink) : null).build();
        return CalendarWriter.write(new CalendarDocument(PRODUCT, CalendarMethod.REQUEST, null, null, List.of(event)));
    }

    static String cancel(String sessionId, int sequence, String title, Instant startsAt, Instant now) {
        CalendarEvent event = event(sessionId, sequence, title, startsAt, now, EventStatus.CANCELLED).build();
        return CalendarWriter.write(new CalendarDocument(PRODUCT, CalendarMethod.CANCEL, null, null, List.of(event)));
    }

    private static CalendarEvent.Builder event(String sessionId, int sequence, String title, Instant startsAt, Instant now,
            EventStatus status) {
        return CalendarEvent.builder(sessionId + UID_DOMAIN, sequence, now, startsAt, notBlank(title) ? title : "Coaching session",
                status);
    }

    /** The video link as the URL, or none when it is not a URI (it is shown in LOCATION already). */
    private static URI uri(String videoLink) {
        try {
            return URI.create(videoLink.trim());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
