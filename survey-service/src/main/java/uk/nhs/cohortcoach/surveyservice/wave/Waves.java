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
import org.springframework.dao.OptimisticLockingFailureException;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Frameworks;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitations;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantChanges;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantView;
import uk.nhs.cohortcoach.surveyservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;

/**
 * Creates waves (freezing the framework version), opens them at their opening time (inviting the cohort's
 * current participants then, never before), reminds, closes and cancels them; invites people who join a team
 * while their cohort has an open wave. Loads the wave, calls its move ({@link Wave}), saves it with the
 * move's events through the outbox.
 */
@Service
public class Waves implements ParticipantChanges {

    private static final Logger log = LoggerFactory.getLogger(Waves.class);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Frameworks frameworks;
    private final Invitations invitations;
    private final ReadModel readModel;
    private final ReadModelLag lag;
    private final Clock clock;

    Waves(MongoTemplate mongo, Outbox outbox, Frameworks frameworks, Invitations invitations, ReadModel readModel,
            ReadModelLag lag, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.frameworks = frameworks;
        this.invitations = invitations;
        this.readModel = readModel;
        this.lag = lag;
        this.clock = clock;
    }

    /**
     * Creates a wave: checks its cohort against the read model (waiting briefly for one created a moment
     * ago) and freezes the framework version. A wave whose opening time is ahead is stored {@code SCHEDULED}:
     * nothing is announced and nobody invited until the job opens it. One whose opening time has come opens at
     * once (WaveOpened) and invites every current participant. A refused wave stores nothing.
     */
    public Wave create(WaveDetails details) {
        WaveRules.requireOpenableFor(lag.awaitPresent(() -> readModel.cohort(details.cohortId())));
        Framework framework = frameworks.version(details.frameworkId(), details.frameworkNumber());
        frameworks.freeze(framework);
        Wave.Changed created = Wave.create(UUID.randomUUID().toString(), details,
                ReminderRules.dueTimes(details.opensAt(), details.closesAt(), details.reminderDaysBeforeClose()), clock.instant());
        Wave stored = outbox.insert(created.wave(), events(created));
        if (stored.status() == WaveStatus.OPEN) {
            log.info("opened wave {} for cohort {}: {} invitations", stored.id(), stored.cohortId(), inviteEveryone(stored));
        } else {
            log.info("scheduled wave {} for cohort {} to open at {}", stored.id(), stored.cohortId(), stored.opensAt());
        }
        return stored;
    }

    /**
     * Issues an invitation to every current participant of the wave's cohort who has none yet
     * (invitations are unique per wave and person, so this is safe to repeat). Run at opening and
     * by the scheduled job for every open wave, which repairs a wave whose opening was cut short.
     */
    private int inviteEveryone(Wave wave) {
        invitations.startCounting(wave.id());
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
        return save(get(id).close(closedBy, clock.instant()));
    }

    /** A programme manager cancels a wave that has not opened yet (WaveCancelled; 409 once it has). */
    public Wave cancel(String id) {
        return save(get(id).cancel(WaveCancelled.BY_MANAGER, clock.instant()));
    }

    /** Asks for a reminder to everyone who has not answered and is still in their team; returns who. */
    public List<String> remind(String id) {
        Wave wave = get(id);
        List<String> ids = wave.status() == WaveStatus.OPEN ? invitations.toRemind(id) : List.of();
        Wave.Changed reminded = wave.remind(ids, clock.instant());
        if (!reminded.events().isEmpty()) {
            save(reminded);
        }
        return ids;
    }

    /**
     * The scheduled job's work at {@code now}: opens each scheduled wave whose opening time has come (and
     * invites its cohort then) or, when the read model no longer holds its cohort (deleted, after the bounded wait
     * for a read model that lags or is being rebuilt), cancels it instead (WaveCancelled, {@code COHORT_GONE}), closes each open wave whose closing time has come, invites anyone in an open
     * wave's cohort who has no invitation yet, and sends each open wave's automatic reminder that is due.
     *
     * @param cohortId only this cohort's waves, or every cohort's when null
     * @return how many waves it changed
     */
    public int runDue(Instant now, String cohortId) {
        int changed = 0;
        for (Wave wave : mongo.find(Query.query(inCohort(Criteria.where("status").is(WaveStatus.SCHEDULED).and("opensAt").lte(now),
                cohortId)), Wave.class)) {
            if (lag.awaitPresent(() -> readModel.cohort(wave.cohortId())).isEmpty()) {
                changed += attempt(wave, "cancelling it", () -> {
                    save(wave.cancel(WaveCancelled.COHORT_GONE, now));
                    log.warn("cancelled wave {} instead of opening it: its cohort {} is no longer known (deleted)", wave.id(),
                            wave.cohortId());
                });
                continue;
            }
            changed += attempt(wave, "opening it on schedule", () -> {
                Wave opened = save(wave.open(now));
                if (opened.closesAt().isAfter(now)) {
                    log.info("opened wave {} on schedule: {} invitations", opened.id(), inviteEveryone(opened));
                }
            });
        }
        Criteria open = inCohort(Criteria.where("status").is(WaveStatus.OPEN), cohortId);
        for (Wave wave : mongo.find(Query.query(Criteria.where("closesAt").lte(now).andOperator(open)), Wave.class)) {
            changed += attempt(wave, "closing it on schedule", () -> save(wave.close("schedule", now)));
        }
        for (Wave wave : mongo.find(Query.query(Criteria.where("closesAt").gt(now).andOperator(open)), Wave.class)) {
            int repaired = inviteEveryone(wave);
            if (repaired > 0) {
                log.info("wave {}: invited {} participant(s) who had no invitation yet", wave.id(), repaired);
            }
        }
        Query dueReminders = Query.query(Criteria.where("closesAt").gt(now).and("reminders").elemMatch(
                Criteria.where("state").is(ScheduledReminder.State.DUE).and("dueAt").lte(now)).andOperator(open));
        for (Wave wave : mongo.find(dueReminders, Wave.class)) {
            if (wave.reminderDue(now)) {
                changed += attempt(wave, "sending its reminder", () -> save(wave.remindDue(invitations.toRemind(wave.id()), now)));
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

    private Wave save(Wave.Changed changed) {
        return outbox.update(changed.wave(), events(changed));
    }

    private static DomainEvent[] events(Wave.Changed changed) {
        return changed.events().toArray(DomainEvent[]::new);
    }

    private static Criteria inCohort(Criteria criteria, String cohortId) {
        return cohortId == null ? criteria : criteria.and("cohortId").is(cohortId);
    }

    private static int attempt(Wave wave, String what, Runnable move) {
        try {
            move.run();
            return 1;
        } catch (OptimisticLockingFailureException raced) {
            log.info("wave {} changed while {}; next run will see it", wave.id(), what);
            return 0;
        }
    }
}
