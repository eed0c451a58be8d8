package uk.nhs.cohortcoach.web.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriUtils;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.page.TimeInput;
import uk.nhs.cohortcoach.web.page.Words;

/**
 * An open event's figures in words, as its pages write them: when it is ("Thursday 14 January 2027, 12:00 to 13:00
 * UK time"; London time whatever the season), the places left ("12 places left", "Full: join the waiting list"), a
 * registration's status and a rating. Public: the templates use it.
 */
public final class EventWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The ratings in words, best first, as the feedback form offers them. */
    static final Map<Integer, String> RATINGS = Map.of(5, "Very good", 4, "Good", 3, "Neither good nor poor", 2, "Poor", 1, "Very poor");

    private EventWords() {
    }

    /** "Thursday 14 January 2027, 12:00 to 13:00 UK time"; across midnight both days are said. */
    public static String when(Instant startsAt, Instant endsAt) {
        if (startsAt == null) {
            return "";
        }
        ZonedDateTime start = startsAt.atZone(TimeInput.LONDON);
        if (endsAt == null) {
            return start.format(DAY) + ", " + start.format(TIME) + " UK time";
        }
        ZonedDateTime end = endsAt.atZone(TimeInput.LONDON);
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return start.format(DAY) + ", " + start.format(TIME) + " to " + end.format(TIME) + " UK time";
        }
        return start.format(DAY) + ", " + start.format(TIME) + " to " + end.format(DAY) + ", " + end.format(TIME) + " UK time";
    }

    public static String when(OpenEvent event) {
        return when(event.startsAt(), event.endsAt());
    }

    /** "Thursday 14 January 2027" (London). */
    public static String day(Instant at) {
        return at == null ? "" : at.atZone(TimeInput.LONDON).format(DAY);
    }

    /** What someone deciding to register needs to know about the places: how many are left, or that it is full. */
    public static String places(OpenEvent event) {
        if (event.cancelled()) {
            return "Cancelled";
        }
        if (event.placesLeft() <= 0) {
            return "Full: join the waiting list";
        }
        return event.placesLeft() == 1 ? "1 place left" : event.placesLeft() + " places left";
    }

    /** The confirmed places taken of the capacity, for a programme manager: "48 of 60 places taken". */
    public static String taken(OpenEvent event) {
        int taken = Math.max(0, event.capacity() - Math.max(0, event.placesLeft()));
        return taken + " of " + event.capacity() + (event.capacity() == 1 ? " place taken" : " places taken");
    }

    /** "3 on the waiting list", or "Nobody on the waiting list". */
    public static String waitingList(OpenEvent event) {
        return event.waitingList() <= 0 ? "Nobody on the waiting list" : event.waitingList() + " on the waiting list";
    }

    /** A registration's status: "Confirmed", "On the waiting list", "Cancelled". */
    public static String status(String registrationStatus) {
        return switch (registrationStatus == null ? "" : registrationStatus) {
            case "CONFIRMED" -> "Confirmed";
            case "WAITLISTED" -> "On the waiting list";
            case "CANCELLED" -> "Cancelled";
            default -> Words.of(registrationStatus);
        };
    }

    /** The GOV.UK tag's colour for a registration's status. */
    public static String statusTag(String registrationStatus) {
        return switch (registrationStatus == null ? "" : registrationStatus) {
            case "CONFIRMED" -> "govuk-tag govuk-tag--green";
            case "WAITLISTED" -> "govuk-tag govuk-tag--yellow";
            default -> "govuk-tag govuk-tag--grey";
        };
    }

    /** "Very good" for 5, and so on. */
    public static String rating(int rating) {
        return RATINGS.getOrDefault(rating, String.valueOf(rating));
    }

    /** "Speaker name, their role", or the name alone. */
    public static String speaker(OpenEvent.Speaker speaker) {
        return speaker.role() == null || speaker.role().isBlank() ? speaker.name() : speaker.name() + ", " + speaker.role();
    }

    /** A plain-text description as paragraphs (split on blank lines), each shown as typed and escaped by the page. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The knowledge hub's page of an event's recording. */
    public static String recordingHref(OpenEvent event) {
        return event.recordingResourceId() == null ? null : "/hub/resources/" + segment(event.recordingResourceId());
    }

    /** The event's iCalendar file, served by hub-service through the gateway. */
    public static String calendarHref(OpenEvent event) {
        return "/api/open-events/" + segment(event.id()) + "/calendar.ics";
    }

    static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
