package uk.nhs.cohortcoach.coachingservice.session;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads sessions; writes go through the outbox so every change has its event. */
public interface SessionRepository extends MongoRepository<Session, String> {

    List<Session> findBySeriesIdOrderByStartsAt(String seriesId);
}
