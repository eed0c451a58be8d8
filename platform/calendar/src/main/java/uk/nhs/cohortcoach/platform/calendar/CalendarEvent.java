package uk.nhs.cohortcoach.platform.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One VEVENT as plain values. Times are instants: with a {@code zone} they are written as local times
 * with a TZID (and the calendar carries that zone's VTIMEZONE), without one in UTC.
 *
 * @param uid the UID, stable across changes so a client updates one entry
 * @param sequence the SEQUENCE, raised on every significant change
 * @param stamp the DTSTAMP (when this text was made)
 * @param start the DTSTART
 * @param end the DTEND, or null for none (e.g. a cancellation)
 * @param zone the zone the times are written in, or null for UTC
 * @param summary the SUMMARY
 * @param status the STATUS
 * @param description the DESCRIPTION, or null
 * @param location the LOCATION, or null
 * @param url the URL, or null
 * @param organizer the ORGANIZER's calendar address (e.g. {@code mailto:…}), or null
 * @param attendees the ATTENDEEs' calendar addresses, in this order
 */
public record CalendarEvent(String uid, int sequence, Instant stamp, Instant start, Instant end, ZoneId zone, String summary,
        EventStatus status, String description, String location, URI url, URI organizer, List<URI> attendees) {

    public CalendarEvent {
        CalendarDocument.requireText(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start");
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** An event with the required values; the optional ones are set on the builder. */
    public static Builder builder(String uid, int sequence, Instant stamp, Instant start, String summary, EventStatus status) {
        return new Builder(uid, sequence, stamp, start, summary, status);
    }

    /** Builds a {@link CalendarEvent}; every optional value may be left unset or set to null. */
    public static final class Builder {

        private final String uid;
        private final int sequence;
        private final Instant stamp;
        private final Instant start;
        private final String summary;
        private final EventStatus status;
        private Instant end;
        private ZoneId zone;
        private String description;
        private String location;
        private URI url;
        private URI organizer;
        private final List<URI> attendees = new ArrayList<>();

        private Builder(String uid, int sequence, Instant stamp, Instant start, String summary, EventStatus status) {
            this.uid = uid;
            this.sequence = sequence;
            this.stamp = stamp;
            this.start = start;
            this.summary = summary;
            this.status = status;
        }

        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        public Builder organizer(URI organizer) {
            this.organizer = organizer;
            return this;
        }

        public Builder attendee(URI attendee) {
            attendees.add(Objects.requireNonNull(attendee, "attendee"));
            return this;
        }

        public CalendarEvent build() {
            return new CalendarEvent(uid, sequence, stamp, start, end, zone, summary, status, description, location, url,
                    organizer, attendees);
        }
    }
}
