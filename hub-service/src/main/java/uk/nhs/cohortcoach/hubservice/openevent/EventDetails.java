package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;
import java.util.List;

/** What a programme manager says about an open event, its start already turned into an instant ({@link StartRules}). */
public record EventDetails(String title, String summary, String description, List<Speaker> speakers, Instant startsAt,
        int durationMinutes, int capacity, String joiningLink) {

    public EventDetails {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }
}
