package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A collaborative as coaching needs it: its cohort, name, coaches and planned coaching hours. */
@Document("rm_collaboratives")
public record CollaborativeView(@Id String id, String cohortId, String name, List<String> coachIds, int plannedCoachingHours) {

    public CollaborativeView {
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }
}
