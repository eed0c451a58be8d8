package uk.nhs.cohortcoach.cohortservice.removal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The tombstone of a deleted cohort or collaborative: the deletion's event waits in it for the outbox
 * relay (a document that is removed cannot carry its own event). It keeps the id, kind, name and time
 * only, and stays so a repeated delete is recognised.
 */
@Document("deletions")
public record Deletion(@Id String id, String kind, String name, Instant deletedAt) {
}
