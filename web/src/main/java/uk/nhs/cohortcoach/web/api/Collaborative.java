package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A collaborative as cohort-service lists it (only what the coaching pages use: its name and coaches). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Collaborative(String id, String cohortId, String name, List<String> coachIds) {

    public Collaborative {
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }
}
