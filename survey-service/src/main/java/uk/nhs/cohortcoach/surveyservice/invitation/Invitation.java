package uk.nhs.cohortcoach.surveyservice.invitation;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One participant's invitation to one wave. Only the SHA-256 of the link token is stored
 * ({@code tokenHash}); the token is derived from the invitation id with the link secret
 * ({@code InvitationTokens}), so it exists only in the emailed link. The draft lives here until
 * submission, when the answers move to an anonymous response and are removed from here.
 *
 * @param leadershipRole the role category the response will be stored under
 * @param left           the person left the team while the wave was open: not reminded
 * @param pendingCount   during submission only: the anonymous response still to be recorded and counted
 */
@Document("invitations")
@CompoundIndex(name = "one_per_person_per_wave", def = "{'waveId': 1, 'personId': 1}", unique = true)
public record Invitation(
        @Id String id,
        String waveId,
        String personId,
        String collaborativeId,
        String leadershipRole,
        @Indexed(unique = true) String tokenHash,
        InvitationStatus status,
        Map<String, String> draftAnswers,
        Map<String, String> draftComments,
        PendingCount pendingCount,
        boolean left,
        Instant issuedAt,
        Instant submittedAt,
        @Version Long version) {

    /** Answers on their way to the anonymous response and the counts, under a random key unrelated to the invitation. */
    public record PendingCount(String responseKey, Map<String, String> answers, Map<String, String> comments) {
    }

    public Invitation {
        draftAnswers = draftAnswers == null ? Map.of() : Map.copyOf(draftAnswers);
        draftComments = draftComments == null ? Map.of() : Map.copyOf(draftComments);
    }
}
