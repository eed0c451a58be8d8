package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.surveyservice.SurveyProperties;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Frameworks;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitations;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantChanges;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantView;
import uk.nhs.cohortcoach.surveyservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;

/**
 * Opens waves (freezing the framework version and inviting the cohort's current participants),
 * reminds and closes them; invites people who join a team while their cohort has an open wave.
 * Each aggregate is written with its events through the outbox.
 */
@Service
public class Waves implements ParticipantChanges {

    public static final String REMINDER_MANUAL = "MANUAL";
    public static final String REMINDER_AUTOMATIC = "AUTOMATIC";
    private static final Logger log = LoggerFactory.getLogger(Waves.class);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Frameworks frameworks;
    private final Invitations invitations;
    private final ReadModel readModel;
    private final ReadModelLag lag;
    private final SurveyProperties properties;
    private final Clock clock;

    Waves(MongoTemplate mongo, Outbox outbox, Frameworks frameworks, Invitations invitations, ReadModel readModel,
            ReadModelLag lag, SurveyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.frameworks = frameworks;
        this.invitations = invitations;
        this.readModel = readModel;
        this.lag = lag;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a wave: checks its cohort against the read model (waiting briefly for one created a moment
     * ago), freezes the framework version, records the wave with WaveOpened, then invites every current
     * participant. A refused wave stores nothing.
     */
    public Wave open(WaveDetails details) {
        WaveRules.requireOpenableFor(lag.awaitPresent(() -> readModel.cohort(details.cohortId())));
        Framework framework = frameworks.version(details.frameworkId(), details.frameworkNumber());
        frameworks.freeze(framework);
        Instant now = clock.instant();
        Instant reminderAt = details.closesAt().minus(properties.autoReminderBefore());
        Wave wave = new Wave(UUID.randomUUID().toString(), details.cohortId(), details.label(), details.frameworkId(),
                details.frameworkNumber(), details.opensAt(), details.closesAt(), WaveStatus.OPEN, null, null,
                reminderAt.isAfter(details.opensAt()) ? reminderAt : null, null);
        Wave stored = outbox.insert(wave, new WaveOpened(UUID.randomUUID(), now, wave.id(), wave.cohortId(), wave.label(),
                wave.frameworkId(), wave.frameworkNumber(), wave.opensAt(), wave.closesAt()));
        log.info("opened wave {} for cohort {}: {} invitations", stored.id(), stored.cohortId(), inviteEveryone(stored));
        return stored;
    }

    /**
     * Issues an invitation to every current participant of the wave's cohort who has none yet
     * (invitations are unique per wave and person, so this is safe to repeat). Run at opening and
     * by the scheduled job for every open wave, which repairs a wave whose opening was cut short.
     */
    private int inviteEveryone(Wave wave) {
        int issued = 0;
        for (ParticipantView participant : readModel.participantsOf(wave.cohortId())) {
            ParticipantView.Team team = participant.teams().stream().filter(t -> wave.cohortId().equals(t.cohortId()))
                    .findFirst().orElseThrow();
            if (invitations.issue(wave.id(), wave.closesAt(), participant.id(), team.collaborativeId(), team.leadershipRole())) {
                issued++;
            }
        }
        return issued;
    }

    public Wave get(String id) {
        return Optional.ofNullable(mongo.findById(id, Wave.class)).orElseThrow(() -> new NotFoundException("wave", id));
    }

    public Page<Wave> list(String cohortId, PageQuery page) {
        Query query = cohortId == null ? new Query() : Query.query(Criteria.where("cohortId").is(cohortId));
        return page.find(mongo, query, Wave.class);
    }

    public Wave close(String id, String closedBy) {
        Wave wave = get(id);
        if (wave.status() == WaveStatus.CLOSED) {
            throw new ConflictException("The wave is already closed.");
        }
        return closed(wave, closedBy, clock.instant());
    }

    /** Asks for a reminder to everyone who has not answered and is still in their team; returns who. */
    public List<String> remind(String id) {
        Wave wave = get(id);
        if (wave.status() == WaveStatus.CLOSED) {
            throw new ConflictException("The wave is closed; nobody can answer it any more.");
        }
        List<String> ids = invitations.toRemind(id);
        if (!ids.isEmpty()) {
            outbox.update(wave, new ReminderRequested(UUID.randomUUID(), clock.instant(), id, ids, REMINDER_MANUAL, wave.closesAt()));
        }
        return ids;
    }

    /**
     * The scheduled job's work at {@code now}: closes each open wave whose closing time has come,
     * invites anyone in an open wave's cohort who has no invitation yet, and sends each open wave's
     * automatic reminder once it is due.
     *
     * @param cohortId only this cohort's waves, or every cohort's when null
     * @return how many waves it changed
     */
    public int runDue(Instant now, String cohortId) {
        int changed = 0;
        Criteria open = Criteria.where("status").is(WaveStatus.OPEN);
        if (cohortId != null) {
            open = open.and("cohortId").is(cohortId);
        }
        for (Wave wave : mongo.find(Query.query(Criteria.where("closesAt").lte(now).andOperator(open)), Wave.class)) {
            try {
                closed(wave, "schedule", now);
                changed++;
            } catch (org.springframework.dao.OptimisticLockingFailureException raced) {
                log.info("wave {} changed while closing it on schedule; next run will see it", wave.id());
            }
        }
        for (Wave wave : mongo.find(Query.query(Criteria.where("closesAt").gt(now).andOperator(open)), Wave.class)) {
            int repaired = inviteEveryone(wave);
            if (repaired > 0) {
                log.info("wave {}: invited {} participant(s) who had no invitation yet", wave.id(), repaired);
            }
        }
        Query dueReminders = Query.query(Criteria.where("autoReminderAt").lte(now).and("closesAt").gt(now).andOperator(open));
        for (Wave wave : mongo.find(dueReminders, Wave.class)) {
            List<String> ids = invitations.toRemind(wave.id());
            Wave sent = withReminderSent(wave);
            try {
                if (ids.isEmpty()) {
                    outbox.update(sent);
                } else {
                    outbox.update(sent, new ReminderRequested(UUID.randomUUID(), now, wave.id(), ids, REMINDER_AUTOMATIC,
                            wave.closesAt()));
                }
                changed++;
            } catch (org.springframework.dao.OptimisticLockingFailureException raced) {
                log.info("wave {} changed while sending its reminder; next run will see it", wave.id());
            }
        }
        return changed;
    }

    @Override
    public void joined(String personId, ParticipantView.Team team) {
        if (team.cohortId() == null) {
            return;
        }
        Instant now = clock.instant();
        for (Wave wave : mongo.find(Query.query(Criteria.where("cohortId").is(team.cohortId()).and("status").is(WaveStatus.OPEN)
                .and("closesAt").gt(now)), Wave.class)) {
            invitations.issue(wave.id(), wave.closesAt(), personId, team.collaborativeId(), team.leadershipRole());
        }
    }

    @Override
    public void left(String personId, String collaborativeId) {
        invitations.markLeft(personId, collaborativeId);
    }

    private Wave closed(Wave wave, String closedBy, Instant now) {
        Wave closed = new Wave(wave.id(), wave.cohortId(), wave.label(), wave.frameworkId(), wave.frameworkNumber(), wave.opensAt(),
                wave.closesAt(), WaveStatus.CLOSED, now, closedBy, null, wave.version());
        return outbox.update(closed, new WaveClosed(UUID.randomUUID(), now, wave.id(), wave.cohortId(), closedBy));
    }

    private static Wave withReminderSent(Wave wave) {
        return new Wave(wave.id(), wave.cohortId(), wave.label(), wave.frameworkId(), wave.frameworkNumber(), wave.opensAt(),
                wave.closesAt(), wave.status(), wave.closedAt(), wave.closedBy(), null, wave.version());
    }
}
