package uk.nhs.cohortcoach.coachingservice.action;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads actions; writes go through the outbox so every change has its event. */
public interface ActionRepository extends MongoRepository<Action, String> {

    List<Action> findBySessionIdOrderByDueDate(String sessionId);

    long countBySessionId(String sessionId);
}
