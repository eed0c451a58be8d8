package uk.nhs.cohortcoach.coachingservice.logdraft.web;

import java.time.Instant;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDraft;

/** A session log's draft: the form's fields as typed, when it was saved and until when it is kept. */
record LogDraftResponse(String sessionId, LogDraft.Content content, Instant savedAt, Instant expiresAt) {

    static LogDraftResponse of(LogDraft draft) {
        return new LogDraftResponse(draft.id(), draft.content(), draft.savedAt(), draft.expiresAt());
    }
}
