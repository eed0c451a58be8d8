package uk.nhs.cohortcoach.coachingservice.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/** Assigning, finding and completing actions; each change is saved with its event through the outbox. */
@Service
public class Actions {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ActionRepository repository;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final ActionAccess access;
    private final Clock clock;

    Actions(ActionRepository repository, MongoTemplate mongo, Outbox outbox, ActionAccess access, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /** Today's date in Europe/London, against which "overdue" is judged. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Stores a new open action agreed in a session, with its ActionAssigned event, in one write. */
    /**
     * Records an action agreed in a session, with its ActionAssigned event. The id is derived from the
     * session and the action's content, so sending the same log again (say, after a failure half-way)
     * finds the action already there instead of adding it twice.
     */
    public Action assign(String sessionId, String cohortId, String collaborativeId, String description, String ownerId,
            String ownerName, LocalDate dueDate) {
        String id = UUID.nameUUIDFromBytes(String.join("\u0000", sessionId, description,
                String.valueOf(ownerId), String.valueOf(ownerName), String.valueOf(dueDate))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        Action existing = repository.findById(id).orElse(null);
        if (existing != null) {
            return existing;
        }
        Action action = new Action(id, sessionId, cohortId, collaborativeId, description, ownerId,
                ownerName, dueDate, ActionStatus.OPEN, null, null);
        try {
            return outbox.insert(action, new ActionAssigned(UUID.randomUUID(), clock.instant(), action.id(), sessionId,
                    collaborativeId, ownerId, description, dueDate, ownerName));
        } catch (org.springframework.dao.DuplicateKeyException sentTwiceAtOnce) {
            return repository.findById(id).orElseThrow();
        }
    }

    public List<Action> ofSession(String sessionId) {
        return repository.findBySessionIdOrderByDueDate(sessionId);
    }

    public Page<Action> list(ActionFilter filter, PageQuery page, Viewer viewer) {
        ActionAccess.Scope scope = access.of(viewer);
        List<Criteria> all = new ArrayList<>();
        if (!scope.everything()) {
            all.add(Criteria.where("collaborativeId").in(scope.collaboratives()));
        }
        if (filter.collaborativeId() != null) {
            all.add(Criteria.where("collaborativeId").is(filter.collaborativeId()));
        }
        if (filter.ownerId() != null) {
            all.add(Criteria.where("ownerId").is(filter.ownerId()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        LocalDate today = today();
        if (Boolean.TRUE.equals(filter.overdue())) {
            all.add(Criteria.where("status").is(ActionStatus.OPEN));
            all.add(Criteria.where("dueDate").lt(today));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            all.add(new Criteria().orOperator(Criteria.where("status").ne(ActionStatus.OPEN),
                    Criteria.where("dueDate").gte(today), Criteria.where("dueDate").is(null)));
        }
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
        Query query = Query.query(criteria);
        return page.find(mongo, query, Action.class);
    }

    public Action get(String id, Viewer viewer) {
        Action action = repository.findById(id).orElseThrow(() -> new NotFoundException("action", id));
        if (!access.of(viewer).includes(action.collaborativeId()) && !viewer.personId().equals(action.ownerId())) {
            throw new NotFoundException("action", id);
        }
        return action;
    }

    /**
     * Marks an open action done on {@code completedOn} (today in London when null; not in the future),
     * if the viewer may (a programme manager, one of the collaborative's coaches, or the owner).
     */
    public Action complete(String id, LocalDate completedOn, long expectedVersion, Viewer viewer) {
        Action action = get(id, viewer);
        if (!access.mayComplete(viewer, action)) {
            throw new AccessDeniedException("only programme managers, the collaborative's coaches and the owner complete an action");
        }
        if (action.status() == ActionStatus.DONE) {
            throw new ConflictException("The action was already completed on " + action.completedOn() + ".");
        }
        LocalDate today = today();
        LocalDate on = completedOn == null ? today : completedOn;
        if (on.isAfter(today)) {
            throw InvalidFieldsException.of("completedOn", "cannot be in the future (today is " + today + " in Europe/London)");
        }
        Action done = new Action(action.id(), action.sessionId(), action.cohortId(), action.collaborativeId(),
                action.description(), action.ownerId(), action.ownerName(), action.dueDate(), ActionStatus.DONE, on,
                expectedVersion);
        return outbox.update(done, new ActionCompleted(UUID.randomUUID(), clock.instant(), action.id(),
                action.collaborativeId(), on));
    }
}
