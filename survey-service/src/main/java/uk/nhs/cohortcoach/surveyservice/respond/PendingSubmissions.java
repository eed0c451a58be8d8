package uk.nhs.cohortcoach.surveyservice.respond;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitations;
import uk.nhs.cohortcoach.surveyservice.response.ResponseRecorder;

/**
 * Finishes submissions: records the anonymous response and its counts, then removes the answers from
 * the invitation. Run right after each submission, and every so often for any submission a crash
 * left half done (an invitation still holding a {@code pendingCount}). Safe to repeat.
 */
@Component
public class PendingSubmissions {

    private static final Logger log = LoggerFactory.getLogger(PendingSubmissions.class);

    private final MongoTemplate mongo;
    private final ResponseRecorder recorder;
    private final Invitations invitations;
    /** Invitations whose submission this process is finishing right now: the recoverer leaves them to it. */
    private final Set<String> finishing = ConcurrentHashMap.newKeySet();

    PendingSubmissions(MongoTemplate mongo, ResponseRecorder recorder, Invitations invitations) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.invitations = invitations;
    }

    /** Finishes every half-done submission; returns how many it finished. */
    @Scheduled(fixedDelayString = "${cohort-coach.answering.recover-every:PT30S}",
            initialDelayString = "${cohort-coach.answering.recover-every:PT30S}")
    public int recover() {
        List<Invitation> pending = mongo.find(Query.query(Criteria.where("pendingCount").ne(null)).limit(500), Invitation.class);
        int finished = 0;
        for (Invitation invitation : pending) {
            if (finishing.contains(invitation.id())) {
                continue; // its submission is being finished right now (storing it twice at once could store it twice)
            }
            try {
                finish(invitation);
                finished++;
            } catch (RuntimeException e) {
                log.warn("Could not finish the submission of invitation {}; will retry", invitation.id(), e);
            }
        }
        return finished;
    }

    /**
     * Records and counts the invitation's pending response (under the role category the wave's invitees in
     * the collaborative allow at this moment), then clears it, and with it the response's id, from the invitation.
     */
    void finish(Invitation invitation) {
        Invitation.PendingCount pending = invitation.pendingCount();
        if (pending == null || !finishing.add(invitation.id())) {
            return;
        }
        try {
            record(invitation, pending);
        } finally {
            finishing.remove(invitation.id());
        }
    }

    private void record(Invitation invitation, Invitation.PendingCount pending) {
        recorder.record(pending.responseKey(), invitation.waveId(), invitation.collaborativeId(), invitation.leadershipRole(),
                invitations.inviteesByRole(invitation.waveId(), invitation.collaborativeId()),
                pending.answers() == null ? Map.of() : pending.answers(),
                pending.comments() == null ? Map.of() : pending.comments());
        // by id alone (served by the id index): an invitation is submitted once, so its pending answers are these
        mongo.updateFirst(Query.query(Criteria.where("_id").is(invitation.id())), new Update().unset("pendingCount"), Invitation.class);
    }
}
