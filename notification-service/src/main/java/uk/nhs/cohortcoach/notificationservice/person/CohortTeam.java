package uk.nhs.cohortcoach.notificationservice.person;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A collaborative as cohort-service last described it, for what email needs of it: its cohort and its coaches (so a
 * resource published for a cohort reaches the cohort's coaches and the participants of its collaboratives).
 */
@Document("cohort_teams")
public record CohortTeam(@Id String id, @Indexed String cohortId, List<String> coachIds) {

    public CohortTeam {
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }
}
