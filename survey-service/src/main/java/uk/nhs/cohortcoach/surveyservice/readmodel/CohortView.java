package uk.nhs.cohortcoach.surveyservice.readmodel;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort as surveys need it: whether it exists and whether it is closed (no new waves then). */
@Document("rm_cohorts")
public record CohortView(@Id String id, String name, String status) {

    /** cohort-service's status of a cohort that is over; a cohort never leaves it. */
    public static final String CLOSED = "CLOSED";

    public boolean closed() {
        return CLOSED.equals(status);
    }
}
