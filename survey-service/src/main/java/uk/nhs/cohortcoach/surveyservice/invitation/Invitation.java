package uk.nhs.cohortcoach.surveyservice.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;

/**
 * One participant's invitation to one wave. Only the SHA-256 of the link token is stored
 * ({@code tokenHash}); the token is derived from the invitation id with the link secret
 * ({@code InvitationTokens}), so it exists only in the emailed link. The draft lives here until
 * submission and is deleted then. A submitted invitation keeps only that it was submitted: no time,
 * nothing of the answers and, once the response is recorded, not even the response's id.
 *
 * @param leadershipRole the person's role category; the response is stored under it only when enough of the wave's
 *                       invitees in the collaborative share it (see {@code response.RoleCategories})
 * <p>Life cycle: {@code ISSUED} (with or without a saved draft) → {@code SUBMITTED}, once; while issued the
 * person may leave the team ({@code left}: not reminded) and come back ({@link #rejoin}).
 *
 * @param left           the person left the team while the wave was open: not reminded
 * @param pendingCount   during submission only: the anonymous response still to be recorded and counted
 * @param issuedAt       when the invitation was issued (not when it was answered)
 * @param linkGeneration which link works: 0 the first; each "send me my link again" ({@link #reissueLink}) the next, whose
 *                       token is {@code InvitationTokens.token(secret, id, linkGeneration)} and whose hash replaces
 *                       {@code tokenHash}, so every older link stops working
 * @param linkReissuedAt when the link was last sent again (null: never), so it is not sent again within
 *                       {@link LinkReissueRules#MINIMUM_GAP}
 */
@Document("invitations")
@CompoundIndex(name = "one_per_person_per_wave", def = "{'waveId': 1, 'personId': 1}", unique = true)
// the outbox's compare-and-set filter ({_id, version}): served by an index on the Mongo wire server too (on MongoDB the
// _id index serves it already), so saving a draft or submitting does not read every invitation of every wave
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
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
        Integer linkGeneration,
        Instant linkReissuedAt,
        @Version Long version) {

    /**
     * Answers on their way to the anonymous response and the counts, under a random response id unrelated to
     * the invitation; removed from the invitation as soon as the response is recorded.
     */
    public record PendingCount(String responseKey, Map<String, String> answers, Map<String, String> comments) {
    }

    /** The invitation as it is to be stored after a change, and the events the change records with it. */
    public record Changed(Invitation invitation, List<DomainEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    @PersistenceCreator
    public Invitation {
        draftAnswers = draftAnswers == null ? Map.of() : Map.copyOf(draftAnswers);
        draftComments = draftComments == null ? Map.of() : Map.copyOf(draftComments);
        linkGeneration = linkGeneration == null ? 0 : linkGeneration;
    }

    /** An invitation whose first link was never sent again. */
    public Invitation(String id, String waveId, String personId, String collaborativeId, String leadershipRole, String tokenHash,
            InvitationStatus status, Map<String, String> draftAnswers, Map<String, String> draftComments, PendingCount pendingCount,
            boolean left, Instant issuedAt, Long version) {
        this(id, waveId, personId, collaborativeId, leadershipRole, tokenHash, status, draftAnswers, draftComments, pendingCount,
                left, issuedAt, 0, null, version);
    }

    /**
     * A new invitation of the person to an open wave ({@code ISSUED}), recorded with InvitationIssued; the link
     * token is not in it, only its hash.
     */
    public static Changed issue(String id, String waveId, Instant closesAt, String personId, String collaborativeId,
            String leadershipRole, String tokenHash, Instant now) {
        Invitation issued = new Invitation(id, waveId, personId, collaborativeId, leadershipRole, tokenHash, InvitationStatus.ISSUED,
                null, null, null, false, now, null);
        return new Changed(issued, List.of(new InvitationIssued(UUID.randomUUID(), now, waveId, id, personId, collaborativeId,
                closesAt)));
    }

    /** Whether the invitation still waits for an answer from someone still in the team (who is reminded). */
    public boolean awaitingAnswer() {
        return status == InvitationStatus.ISSUED && !left;
    }

    /** The invitation with this draft saved in place of the previous one; a submitted invitation has no draft. */
    public Invitation withDraft(Map<String, String> answers, Map<String, String> comments) {
        requireIssued("save a draft");
        return copy(status, answers, comments, pendingCount, left, collaborativeId);
    }

    /**
     * The person left the team before answering: they are no longer reminded (the link still works). No event:
     * notification-service hears ParticipantLeft itself.
     */
    public Invitation leave() {
        requireIssued("leave");
        if (left) {
            throw new IllegalStateException("invitation " + id + " is already marked left");
        }
        return copy(status, draftAnswers, draftComments, pendingCount, true, collaborativeId);
    }

    /** The person who left is back in a team of the cohort (maybe another collaborative): reminded again. */
    public Invitation rejoin(String newCollaborativeId) {
        if (!left) {
            throw new IllegalStateException("invitation " + id + " was never left");
        }
        return copy(status, draftAnswers, draftComments, pendingCount, false, newCollaborativeId);
    }

    /**
     * Submits checked answers: the invitation becomes {@code SUBMITTED} with no time, its draft is deleted, the
     * answers wait under {@code responseKey} (random, never derived from the invitation) until the anonymous
     * response is recorded, and {@link ResponseSubmitted} says only which invitation was used, so its reminders stop.
     *
     * @param at when it happened, for the event's envelope only; the invitation does not keep it
     */
    public Changed submit(String responseKey, Map<String, String> answers, Map<String, String> comments,
            UUID eventId, Instant at) {
        requireIssued("submit");
        Invitation answered = copy(InvitationStatus.SUBMITTED, Map.of(), Map.of(),
                new PendingCount(responseKey, Map.copyOf(answers), Map.copyOf(comments)), left, collaborativeId);
        // nor when the link was last sent again: a submitted invitation keeps no time but when it was issued
        Invitation submitted = new Invitation(id, waveId, personId, collaborativeId, leadershipRole, tokenHash, answered.status(),
                answered.draftAnswers(), answered.draftComments(), answered.pendingCount(), left, issuedAt, linkGeneration, null,
                version);
        return new Changed(submitted, List.of(new ResponseSubmitted(eventId, at, waveId, id, collaborativeId)));
    }

    /**
     * Sends the link again (the invited person asked): the invitation moves to the next link generation, stored as the
     * hash of its token ({@code tokenHashOf} the generation), so the link in every earlier email stops working at once;
     * the draft stays. Recorded with {@link InvitationLinkReissued}, which says the generation and never the token.
     * Refused once submitted ({@link IllegalStateException}) and within {@link LinkReissueRules#MINIMUM_GAP} of the last
     * time ({@link LinkReissueRules.TooSoonException}).
     *
     * @param closesAt when the wave closes, for the email
     */
    public Changed reissueLink(IntFunction<String> tokenHashOf, Instant closesAt, Instant now) {
        requireIssued("send its link again");
        LinkReissueRules.requireAllowed(linkReissuedAt, now);
        int next = linkGeneration + 1;
        Invitation reissued = new Invitation(id, waveId, personId, collaborativeId, leadershipRole, tokenHashOf.apply(next), status,
                draftAnswers, draftComments, pendingCount, left, issuedAt, next, now, version);
        return new Changed(reissued, List.of(new InvitationLinkReissued(UUID.randomUUID(), now, waveId, id, personId, next,
                closesAt)));
    }

    /** Whether a draft is saved (the person has started), for the person's own list of surveys. */
    public boolean started() {
        return !draftAnswers.isEmpty() || !draftComments.isEmpty();
    }

    private void requireIssued(String move) {
        if (status == InvitationStatus.SUBMITTED) {
            throw new IllegalStateException("invitation " + id + " is already submitted; it cannot " + move);
        }
    }

    private Invitation copy(InvitationStatus newStatus, Map<String, String> answers, Map<String, String> comments, PendingCount pending,
            boolean isLeft, String newCollaborativeId) {
        return new Invitation(id, waveId, personId, newCollaborativeId, leadershipRole, tokenHash, newStatus, answers, comments, pending,
                isLeft, issuedAt, linkGeneration, linkReissuedAt, version);
    }
}
