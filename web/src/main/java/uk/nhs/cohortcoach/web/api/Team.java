package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A collaborative's current team. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(List<TeamMember> participants) {

    public Team {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
