package uk.nhs.cohortcoach.hubservice.membership;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A collaborative as the hub needs it: its cohort and its coaches. */
@Document("rm_collaboratives")
public record CollaborativeView(@Id String id, String cohortId, List<String> coachIds) {

    public CollaborativeView {
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }
}
