package uk.nhs.cohortcoach.coachingservice.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.coachingservice.session.SessionRepository;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Assigning, finding and changing actions: each change loads the action, asks it for the move ({@link Action#complete},
 * {@link Action#reopen}, {@link Action#edit}, {@link Action#reassign}) and saves the new action with its event through
 * the outbox, at the version the caller read. Who may do what is {@link ActionAccess}'s.
 */
@Service
public class Actions {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ActionRepository repository;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final ActionAccess access;
    private final ReadModel readModel;
    private final ReadModelLag lag;
    private final SessionRepository sessions;
    private final Clock clock;

    Actions(ActionRepository repository, MongoTemplate mongo, Outbox outbox, ActionAccess access, ReadModel readModel,
            ReadModelLag lag, SessionRepository sessions, Clock clock) {
        this.repository = repository;
        this.readModel = readModel;
        this.lag = lag;
        this.sessions = sessions;
        this.mongo = mongo;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /** Today's date in Europe/London, against which "overdue" is judged. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

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
                ownerName, null, dueDate, ActionStatus.OPEN, null, null);
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
        requireMayComplete(viewer, action);
        LocalDate today = today();
        return save(action.complete(completedOn == null ? today : completedOn, today, clock.instant()), expectedVersion);
    }

    /** Opens a done action again, if the viewer may complete it (a programme manager, one of its coaches, or the owner). */
    public Action reopen(String id, long expectedVersion, Viewer viewer) {
        Action action = get(id, viewer);
        requireMayComplete(viewer, action);
        return save(action.reopen(clock.instant()), expectedVersion);
    }

    /**
     * A new text and/or due date (null keeps it) for an open action, by a programme manager or one of the
     * collaborative's coaches. A changed due date must be today or later in Europe/London.
     */
    public Action edit(String id, String description, LocalDate dueDate, long expectedVersion, Viewer viewer) {
        Action action = get(id, viewer);
        requireMayManage(viewer, action);
        return save(action.edit(description == null ? null : description.trim(), dueDate, today(), clock.instant()),
                expectedVersion);
    }

    /**
     * Gives an open action to someone else, by a programme manager or one of the collaborative's coaches: a current
     * member of the collaborative's team, one of its coaches or the session's coach ({@code ownerId}; someone who
     * joined a moment ago is waited for as the read model catches up), or a person outside it by {@code ownerName} and
     * {@code ownerEmail}.
     */
    public Action reassign(String id, String ownerId, String ownerName, String ownerEmail, long expectedVersion,
            Viewer viewer) {
        Action action = get(id, viewer);
        requireMayManage(viewer, action);
        boolean byId = ownerId != null && !ownerId.isBlank();
        Set<String> possible = byId ? lag.await(() -> mayOwn(ownerId, action) ? Set.of(ownerId) : Set.<String>of(),
                found -> !found.isEmpty()) : Set.of();
        Map<String, String> problems = OwnerRules.problems(ownerId, ownerName, ownerEmail, possible);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Action.Owner owner = byId
                ? Action.Owner.person(ownerId, readModel.person(ownerId).map(PersonView::name).orElse(null))
                : Action.Owner.outsider(ownerName.trim(), ownerEmail.trim());
        return save(action.reassign(owner, clock.instant()), expectedVersion);
    }

    /** Whether the viewer may edit, reassign and see the email of an outside owner: managers and the collaborative's coaches. */
    public boolean mayManage(Viewer viewer, Action action) {
        return access.mayManage(viewer, action);
    }

    private boolean mayOwn(String personId, Action action) {
        return readModel.inTeam(personId, action.collaborativeId())
                || access.coaches(personId, action.collaborativeId())
                || sessions.findById(action.sessionId()).map(s -> personId.equals(s.coachId())).orElse(false);
    }

    private void requireMayComplete(Viewer viewer, Action action) {
        if (!access.mayComplete(viewer, action)) {
            throw new AccessDeniedException("only programme managers, the collaborative's coaches and the owner complete or reopen an action");
        }
    }

    private void requireMayManage(Viewer viewer, Action action) {
        if (!access.mayManage(viewer, action)) {
            throw new AccessDeniedException("only programme managers and the collaborative's coaches change an action");
        }
    }

    /**
     * Saves a move with its event through the outbox, at the version the caller read (a stale one is 409
     * concurrent-modification); a move that changed nothing is saved not at all.
     */
    private Action save(Action.Change change, long expectedVersion) {
        Action current = change.action();
        if (current.version() == null || current.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("action " + current.id() + " changed since it was read");
        }
        return change.changed() ? outbox.update(current, change.event()) : current;
    }
}
