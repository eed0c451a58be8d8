package uk.nhs.cohortcoach.cohortservice.cohort;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads cohorts; writes go through the outbox (see {@link Cohorts}) so every change has its event. */
public interface CohortRepository extends MongoRepository<Cohort, String> {
}
