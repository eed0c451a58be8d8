package uk.nhs.cohortcoach.surveyservice.respond;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/** Answering a wave through an invitation link: read the survey and the draft, save the draft, submit. */
@Service
public class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);
    /** Tries of one draft save or submission when the invitation changed between reading and writing it. */
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final PendingSubmissions pending;
    private final Clock clock;

    Answering(MongoTemplate mongo, Outbox outbox, PendingSubmissions pending, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.pending = pending;
        this.clock = clock;
    }

    /** An invitation that can still be answered, with its wave and framework version. */
    record Answerable(Invitation invitation, Wave wave, Framework framework) {
    }

    Answerable open(String token) {
        Invitation invitation = mongo.findOne(Query.query(Criteria.where("tokenHash").is(InvitationTokens.hash(token))),
                Invitation.class);
        if (invitation == null) {
            throw new NotFoundException("This survey link");
        }
        if (invitation.status() == InvitationStatus.SUBMITTED) {
            throw new ConflictException("This survey has already been submitted through this link.", "already-submitted");
        }
        Wave wave = mongo.findById(invitation.waveId(), Wave.class);
        if (wave == null) {
            throw new NotFoundException("This survey link");
        }
        Instant now = clock.instant();
        if (wave.status() == WaveStatus.CLOSED || !now.isBefore(wave.closesAt())) {
            throw new GoneException("This survey has closed.");
        }
        if (!wave.takesAnswersAt(now)) {
            throw new ConflictException("This survey is not open yet.", "not-open");
        }
        Framework framework = mongo.findById(Framework.idOf(wave.frameworkId(), wave.frameworkNumber()), Framework.class);
        if (framework == null) {
            throw new IllegalStateException("wave " + wave.id() + " has no framework version");
        }
        return new Answerable(invitation, wave, framework);
    }

    /**
     * Saves the draft. The same link used at once elsewhere (a second tab, a double click) may change the invitation
     * between reading and writing it: the write is then tried again on the invitation as it is now (the last draft wins),
     * rather than answering the respondent with a conflict they did not cause.
     */
    Answerable saveDraft(String token, Map<String, String> answers, Map<String, String> comments) {
        for (int attempt = 1; ; attempt++) {
            try {
                return saveDraftOnce(token, answers, comments);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private Answerable saveDraftOnce(String token, Map<String, String> answers, Map<String, String> comments) {
        Answerable answerable = open(token);
        Map<String, String> errors = AnswerRules.checkDraft(answerable.framework(), answers, comments);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        Invitation saved = outbox.update(answerable.invitation().withDraft(answers, AnswerRules.withoutBlank(comments)));
        return new Answerable(saved, answerable.wave(), answerable.framework());
    }

    /**
     * Submits the given answers, or the saved draft when none are given: one write marks the
     * invitation submitted (with no time), deletes its draft, parks the answers under a random key and
     * records the event; the answers then go to an anonymous response and the counts and leave the invitation.
     *
     * @return when, for the respondent's confirmation; the invitation does not keep it
     */
    Instant submit(String token, Map<String, String> givenAnswers, Map<String, String> givenComments) {
        for (int attempt = 1; ; attempt++) {
            try {
                return submitOnce(token, givenAnswers, givenComments);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile; // tried again on the invitation as it is now; submitted meanwhile is a 409 from open
                }
            }
        }
    }

    private Instant submitOnce(String token, Map<String, String> givenAnswers, Map<String, String> givenComments) {
        Answerable answerable = open(token);
        Invitation i = answerable.invitation();
        Map<String, String> answers = givenAnswers == null ? i.draftAnswers() : givenAnswers;
        Map<String, String> comments = givenComments == null ? i.draftComments() : givenComments;
        Map<String, String> errors = AnswerRules.checkSubmission(answerable.framework(), answers, comments);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        Instant now = clock.instant();
        Invitation.Changed change = i.submit(UUID.randomUUID().toString(), answers, AnswerRules.withoutBlank(comments),
                UUID.randomUUID(), now);
        Invitation submitted = outbox.update(change.invitation(), change.events().toArray(DomainEvent[]::new));
        try {
            pending.finish(submitted);
        } catch (RuntimeException e) {
            log.warn("Submission of invitation {} saved; recording it failed and will be retried", i.id(), e);
        }
        return now;
    }
}
