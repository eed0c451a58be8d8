package uk.nhs.cohortcoach.surveyservice.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * Framework versions: seeds the default, creates new frameworks, reads, edits (a frozen latest version makes the next
 * version; an unfrozen one is updated in place, optimistically) and freezes a version for a wave.
 */
@Service
public class Frameworks {

    private static final Logger log = LoggerFactory.getLogger(Frameworks.class);

    private final MongoTemplate mongo;
    private final Outbox outbox;

    Frameworks(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** Seeds "Improving equitably" v1 when absent; safe to run on several instances at once. */
    @EventListener(ApplicationReadyEvent.class)
    public void seedDefault() {
        if (mongo.exists(Query.query(Criteria.where("frameworkId").is(DefaultFramework.ID)), Framework.class)) {
            return;
        }
        try {
            outbox.insert(new Framework(Framework.idOf(DefaultFramework.ID, 1), DefaultFramework.ID, 1, DefaultFramework.NAME,
                    DefaultFramework.components(), false, null));
            log.info("seeded framework {} v1", DefaultFramework.ID);
        } catch (DuplicateKeyException seededElsewhere) {
            log.debug("framework {} v1 was seeded by another instance", DefaultFramework.ID);
        }
    }

    /** Every version of every framework, by framework then version. */
    public List<Framework> all() {
        return mongo.find(new Query().with(Sort.by("frameworkId", "number")), Framework.class);
    }

    public Framework version(String frameworkId, int number) {
        return Optional.ofNullable(mongo.findById(Framework.idOf(frameworkId, number), Framework.class))
                .orElseThrow(() -> new NotFoundException("framework " + frameworkId + " version", number));
    }

    public Optional<Framework> latest(String frameworkId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("frameworkId").is(frameworkId))
                .with(Sort.by(Sort.Direction.DESC, "number")).limit(1), Framework.class));
    }

    /**
     * Creates a new framework as its version 1 (not frozen), checked as an edit is; its id is the one given or made
     * from its name. An id already used is refused (409 naming {@code frameworkId}) and nothing is stored.
     */
    public Framework create(String givenId, String name, List<Framework.Component> components) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(FrameworkRules.idProblems(givenId, name));
        problems.putAll(FrameworkRules.problems(components));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        String frameworkId = givenId != null ? givenId : FrameworkRules.idFromName(name);
        if (mongo.exists(Query.query(Criteria.where("frameworkId").is(frameworkId)), Framework.class)) {
            throw exists(frameworkId);
        }
        try {
            Framework created = outbox.insert(new Framework(Framework.idOf(frameworkId, 1), frameworkId, 1, name, components, false, null));
            log.info("created framework {} v1", frameworkId);
            return created;
        } catch (DuplicateKeyException createdMeanwhile) {
            throw exists(frameworkId);
        }
    }

    private static ConflictException exists(String frameworkId) {
        return new ConflictException("frameworkId: a framework with the id '" + frameworkId + "' exists already; choose another "
                + "frameworkId (or name), or edit that framework instead.", "framework-exists");
    }

    /**
     * Edits the framework's latest version, read at {@code expectedVersion}.
     *
     * @return the version as saved: the same number when it was not frozen, else the next number
     */
    public Framework edit(String frameworkId, String name, List<Framework.Component> components, long expectedVersion) {
        Map<String, String> problems = FrameworkRules.problems(components);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Framework latest = latest(frameworkId).orElseThrow(() -> new NotFoundException("framework", frameworkId));
        if (latest.version() == null || latest.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("framework " + frameworkId + " changed since it was read");
        }
        if (latest.frozen()) {
            int next = latest.number() + 1;
            try {
                return outbox.insert(new Framework(Framework.idOf(frameworkId, next), frameworkId, next, name, components, false, null));
            } catch (DuplicateKeyException someoneElse) {
                throw new OptimisticLockingFailureException("framework " + frameworkId + " v" + next + " was just made");
            }
        }
        return outbox.update(new Framework(latest.id(), frameworkId, latest.number(), name, components, false, latest.version()));
    }

    /** Freezes the version for a wave (no-op when already frozen); throws when it changes meanwhile. */
    public Framework freeze(Framework framework) {
        if (framework.frozen()) {
            return framework;
        }
        return outbox.update(new Framework(framework.id(), framework.frameworkId(), framework.number(), framework.name(),
                framework.components(), true, framework.version()));
    }
}
