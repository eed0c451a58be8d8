package uk.nhs.cohortcoach.coachingservice.logdraft;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The drafts, by session id. */
public interface LogDraftRepository extends MongoRepository<LogDraft, String> {
}
