package uk.nhs.cohortcoach.surveyservice.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.surveyservice.SurveyProperties;

/**
 * Issues invitations: one per person per wave (a unique index makes a repeat a no-op), each stored
 * with only the hash of its link token and recorded with its InvitationIssued event in one write.
 * The token itself is computed here only to be hashed, and is never logged or stored.
 */
@Service
public class Invitations {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final SurveyProperties properties;
    private final Clock clock;
    private final InvitationCounts counts;

    Invitations(MongoTemplate mongo, Outbox outbox, SurveyProperties properties, Clock clock, InvitationCounts counts) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.counts = counts;
    }

    /** Before a wave invites anyone (and for a wave invited before invitations were counted): its invitation counts. */
    public void startCounting(String waveId) {
        counts.start(waveId);
    }

    /**
     * Invites the person to the wave unless they already are; a person who left and is back is
     * remindable again.
     *
     * @return true when a new invitation was issued
     */
    public boolean issue(String waveId, Instant closesAt, String personId, String collaborativeId, String leadershipRole) {
        Query existing = Query.query(Criteria.where("waveId").is(waveId).and("personId").is(personId));
        if (mongo.exists(existing, Invitation.class)) {
            Query leftOne = Query.of(existing).addCriteria(Criteria.where("left").is(true));
            saveEach(leftOne, invitation -> invitation.left() ? invitation.rejoin(collaborativeId) : null);
            return false;
        }
        String id = UUID.randomUUID().toString();
        String tokenHash = InvitationTokens.hash(InvitationTokens.token(properties.linkSecretBytes(), id));
        Invitation.Changed issued = Invitation.issue(id, waveId, closesAt, personId, collaborativeId, leadershipRole, tokenHash,
                clock.instant());
        try {
            outbox.insert(issued.invitation(), issued.events().toArray(DomainEvent[]::new));
            counts.issued(waveId, collaborativeId, leadershipRole);
            return true;
        } catch (DuplicateKeyException alreadyInvited) {
            return false;
        }
    }

    /** Removes the submission times that invitations kept before they kept none (once, at start-up; safe to repeat). */
    @EventListener(ApplicationReadyEvent.class)
    void forgetSubmissionTimes() {
        mongo.updateMulti(Query.query(Criteria.where("submittedAt").exists(true)), new Update().unset("submittedAt"),
                Invitation.class);
    }

    /** The person left the collaborative's team: their unanswered invitations are no longer reminded. */
    public void markLeft(String personId, String collaborativeId) {
        saveEach(Query.query(Criteria.where("personId").is(personId).and("collaborativeId").is(collaborativeId)
                .and("status").is(InvitationStatus.ISSUED).and("left").is(false)),
                invitation -> invitation.awaitingAnswer() ? invitation.leave() : null);
    }

    /**
     * Loads each invitation the query finds, applies the move (null: nothing to do for it any more) and saves it;
     * one changed meanwhile (a submission) is loaded again and the move decided afresh.
     */
    private void saveEach(Query query, UnaryOperator<Invitation> move) {
        for (Invitation found : mongo.find(query, Invitation.class)) {
            Invitation current = found;
            for (int attempt = 0; current != null && attempt < 5; attempt++) {
                Invitation moved = move.apply(current);
                if (moved == null) {
                    break;
                }
                try {
                    outbox.update(moved);
                    if (!java.util.Objects.equals(current.collaborativeId(), moved.collaborativeId())) {
                        counts.moved(moved.waveId(), current.collaborativeId(), moved.collaborativeId(), moved.leadershipRole());
                    }
                    break;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    current = mongo.findById(found.id(), Invitation.class);
                }
            }
        }
    }

    /** Ids of the wave's invitations still to be answered by people still in their team, in id order. */
    public List<String> toRemind(String waveId) {
        Query query = Query.query(Criteria.where("waveId").is(waveId).and("status").is(InvitationStatus.ISSUED)
                .and("left").is(false)).with(Sort.by("_id"));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Invitation.class)).stream()
                .map(d -> d.getString("_id")).toList();
    }

    /**
     * How many of the wave's invitees in the collaborative hold each leadership role (those who left included:
     * they were invited, and an answer may already be theirs), from the wave's invitation counts.
     */
    public Map<String, Long> inviteesByRole(String waveId, String collaborativeId) {
        return counts.inviteesByRole(waveId, collaborativeId);
    }

    public long invited(String waveId) {
        return mongo.count(Query.query(Criteria.where("waveId").is(waveId)), Invitation.class);
    }

    public long submitted(String waveId) {
        return mongo.count(Query.query(Criteria.where("waveId").is(waveId).and("status").is(InvitationStatus.SUBMITTED)),
                Invitation.class);
    }
}
