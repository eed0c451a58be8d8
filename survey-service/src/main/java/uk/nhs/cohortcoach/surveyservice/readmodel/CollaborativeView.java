package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A collaborative as surveys need it: its cohort (who a wave invites), name, and coaches (who read its results). */
@Document("rm_collaboratives")
public record CollaborativeView(@Id String id, String cohortId, String name, List<String> coachIds) {

    public CollaborativeView {
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }
}
