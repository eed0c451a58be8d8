package uk.nhs.cohortcoach.cohortservice.removal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something another service holds for a cohort or collaborative, as its events told: a coaching session
 * ({@code session:<id>}) or a survey wave ({@code wave:<id>}). Only ids, nothing personal.
 */
@Document("rm_dependents")
public record Dependent(@Id String id, String kind, @Indexed String cohortId, @Indexed String collaborativeId) {

    static final String SESSION = "session";
    static final String WAVE = "wave";
}
