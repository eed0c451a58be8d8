package uk.nhs.cohortcoach.platform.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One VCALENDAR: its PRODID, METHOD, optional name (X-WR-CALNAME), optional zone and its events.
 *
 * @param productId the PRODID, e.g. {@code -//Cohort Coach//coaching-service//EN}
 * @param method the METHOD
 * @param name the X-WR-CALNAME calendar clients show, or null for none
 * @param timeZone the calendar's own zone: written as X-WR-TIMEZONE and as the first VTIMEZONE; null for none
 * @param events the VEVENTs, in this order
 */
public record CalendarDocument(String productId, CalendarMethod method, String name, ZoneId timeZone, List<CalendarEvent> events) {

    public CalendarDocument {
        requireText(productId, "productId");
        Objects.requireNonNull(method, "method");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
