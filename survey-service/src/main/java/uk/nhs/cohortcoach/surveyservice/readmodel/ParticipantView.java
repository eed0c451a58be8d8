package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person as surveys need them: name and email are not kept (notifications know them); only the
 * teams they are currently in, each with the cohort and the leadership role (the role category a
 * response is stored under).
 */
@Document("rm_participants")
public record ParticipantView(@Id String id, List<Team> teams) {

    /** A current spell in a collaborative's team. */
    public record Team(String collaborativeId, String cohortId, String leadershipRole) {
    }

    public ParticipantView {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
