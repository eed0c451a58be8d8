package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * An open peer-learning event as hub-service's {@code /api/open-events} answers it: the summary every list carries,
 * the details of {@code GET /api/open-events/{id}} ({@code description}, {@code speakers}, {@code registrationOpen};
 * null in a list), and for a programme manager ({@code GET .../{id}/manage}) the {@code joiningLink}, {@code version}
 * and {@code registrations} (null otherwise). The joining link is never in an answer to anyone else.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenEvent(String id, String title, String summary, Instant startsAt, Instant endsAt, String timeZone,
        int capacity, int placesLeft, int waitingList, String status, String recordingResourceId, String description,
        List<Speaker> speakers, Boolean registrationOpen, String joiningLink, Long version, List<Registrant> registrations) {

    public OpenEvent {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** Who speaks, and as what ("Chief nurse, Example NHS Trust"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Speaker(String name, String role) {
    }

    /** One registration, as a programme manager sees it; {@code position} on the waiting list, else null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registrant(String id, String name, String email, String odsCode, String organisationName, String jobRole,
            String status, Integer position, boolean attended, Instant registeredAt) {
    }

    /** {@code {items:[...]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<OpenEvent> items) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
