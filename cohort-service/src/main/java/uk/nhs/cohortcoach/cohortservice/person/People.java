package uk.nhs.cohortcoach.cohortservice.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeRepository;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * Registering, changing and finding people; every change is saved with its event through the outbox.
 * Who may read whom: programme managers everyone; coaches themselves and the current members of the
 * collaboratives they coach; anyone else only themselves. Someone a viewer may not read is "not found".
 */
@Service
public class People {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PersonRepository repository;
    private final CollaborativeRepository collaboratives;
    private final PersonChecks checks;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    People(PersonRepository repository, CollaborativeRepository collaboratives, PersonChecks checks, MongoTemplate mongo,
            Outbox outbox, Clock clock) {
        this.repository = repository;
        this.collaboratives = collaboratives;
        this.checks = checks;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws uk.nhs.cohortcoach.platform.support.problem.DuplicateException when someone has the email already (ignoring case) */
    public Person register(PersonDetails details) {
        String id = Person.newId();
        checks.requireEmailFree(id, details.email());
        Person person = Person.register(id, details);
        try {
            return outbox.insert(person, person.registered(clock.instant()));
        } catch (DuplicateKeyException refused) {
            throw checks.duplicateOf(id, details.email(), refused);
        }
    }

    public Person update(String id, PersonDetails details, long expectedVersion) {
        Person updated = get(id).withDetails(details, expectedVersion);
        checks.requireEmailFree(id, details.email());
        try {
            return outbox.update(updated, updated.updated(clock.instant()));
        } catch (DuplicateKeyException refused) {
            throw checks.duplicateOf(id, details.email(), refused);
        }
    }

    /** Archives the person: see {@link Person#archive}. The new state and its events in one outbox update; again, nothing. */
    public Person archive(String id) {
        Person.Change change = get(id).archive(clock.instant(), LocalDate.now(clock.withZone(LONDON)));
        if (change.events().isEmpty()) {
            return change.person();
        }
        return outbox.update(change.person(), change.events().toArray(DomainEvent[]::new));
    }

    /** Brings an archived person back: see {@link Person#restore}. */
    public Person restore(String id) {
        Person.Change change = get(id).restore(clock.instant());
        return outbox.update(change.person(), change.events().toArray(DomainEvent[]::new));
    }

    /**
     * Erases the person: see {@link Person#erase}. The pseudonymised record, its ended spells and
     * PersonErased are written in one outbox update; erasing again changes and publishes nothing.
     */
    public Person erase(String id) {
        Person person = get(id);
        Person.Erasure erasure = person.erase(clock.instant(), LocalDate.now(clock.withZone(LONDON)));
        if (erasure.events().isEmpty()) {
            return erasure.person();
        }
        return outbox.update(erasure.person(), erasure.events().toArray(DomainEvent[]::new));
    }

    public Person get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    /** The person, if the viewer may see them (one query: found and visible, or 404). */
    public Person get(String id, Viewer viewer) {
        Person person = mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), visibleTo(viewer))),
                Person.class);
        if (person == null) {
            throw new NotFoundException("person", id);
        }
        return person;
    }

    /** The viewer's own record. */
    public Person me(Viewer viewer) {
        return repository.findById(viewer.personId()).orElseThrow(() -> new NotFoundException("person", viewer.personId()));
    }

    /**
     * People matching every filter given: name and email contain the text (ignoring case), role is held.
     * Archived people are left out unless a programme manager asks for them ({@code includeArchived}).
     */
    public Page<Person> list(PageQuery page, String name, String email, Role role, boolean includeArchived, Viewer viewer) {
        Criteria criteria = visibleTo(viewer);
        if (!includeArchived || !viewer.is(Role.PROGRAMME_MANAGER)) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("archivedAt").is(null));
        }
        if (name != null && !name.isBlank()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("name").regex(containing(name)));
        }
        if (email != null && !email.isBlank()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("email").regex(containing(email)));
        }
        if (role != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("roles").is(role));
        }
        Query query = Query.query(criteria);
        return page.find(mongo, query, Person.class);
    }

    private static Pattern containing(String text) {
        return Pattern.compile(Pattern.quote(text.trim()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private Criteria visibleTo(Viewer viewer) {
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return new Criteria();
        }
        Criteria self = Criteria.where("_id").is(viewer.personId());
        if (!viewer.is(Role.COACH)) {
            return self;
        }
        List<String> coached = collaboratives.findByCoachIdsContaining(viewer.personId()).stream()
                .map(Collaborative::id).toList();
        if (coached.isEmpty()) {
            return self;
        }
        Criteria coachedTeams = Criteria.where("memberships").elemMatch(
                Criteria.where("collaborativeId").in(coached).and("leftOn").is(null));
        return new Criteria().orOperator(self, coachedTeams);
    }
}
