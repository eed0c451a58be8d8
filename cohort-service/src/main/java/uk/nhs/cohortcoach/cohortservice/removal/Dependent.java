package uk.nhs.cohortcoach.cohortservice.removal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something another service holds for a cohort or collaborative, as its events told: a coaching session
 * ({@code session:<id>}) or a survey wave ({@code wave:<id>}). Only ids, nothing personal.
 *
 * @param opened    a wave only: WaveOpened was told (null until then)
 * @param cancelled a wave only: WaveCancelled was told (null until then); a cancelled wave that never opened
 *                  depends on nothing
 */
@Document("rm_dependents")
public record Dependent(@Id String id, String kind, @Indexed String cohortId, @Indexed String collaborativeId, Boolean opened,
        Boolean cancelled) {

    static final String SESSION = "session";
    static final String WAVE = "wave";

    /** Whether it holds its cohort or collaborative: anything but a wave cancelled before it opened. */
    public boolean holds() {
        return !Boolean.TRUE.equals(cancelled) || Boolean.TRUE.equals(opened);
    }
}
