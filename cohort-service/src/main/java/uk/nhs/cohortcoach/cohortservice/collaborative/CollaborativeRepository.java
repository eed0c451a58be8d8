package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads collaboratives; writes go through the outbox so every change has its event. */
public interface CollaborativeRepository extends MongoRepository<Collaborative, String> {

    List<Collaborative> findByCoachIdsContaining(String coachId);

    Optional<Collaborative> findByCohortIdAndNameKey(String cohortId, String nameKey);
}
