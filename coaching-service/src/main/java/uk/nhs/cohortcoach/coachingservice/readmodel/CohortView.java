package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort as coaching needs it: sessions must fall inside its dates. */
@Document("rm_cohorts")
public record CohortView(@Id String id, String name, LocalDate startDate, LocalDate endDate, String status) {
}
