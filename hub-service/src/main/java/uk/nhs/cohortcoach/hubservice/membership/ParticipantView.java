package uk.nhs.cohortcoach.hubservice.membership;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A participant's current teams: each collaborative they are in and its cohort. */
@Document("rm_participants")
public record ParticipantView(@Id String id, List<Team> teams) {

    /** One collaborative a participant is in. */
    public record Team(String collaborativeId, String cohortId) {
    }

    public ParticipantView {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
