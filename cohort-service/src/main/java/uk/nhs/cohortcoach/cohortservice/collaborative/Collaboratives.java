package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.cohortservice.access.Visibility;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortStatus;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohorts;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * Enrolling collaboratives into cohorts, changing and finding them; every change is saved with its
 * event through the outbox. A closed cohort is read-only, so it takes no new collaboratives and its
 * collaboratives cannot change.
 */
@Service
public class Collaboratives {

    private final CollaborativeRepository repository;
    private final Cohorts cohorts;
    private final PersonRepository people;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    Collaboratives(CollaborativeRepository repository, Cohorts cohorts, PersonRepository people, MongoTemplate mongo,
            Outbox outbox, Clock clock) {
        this.repository = repository;
        this.cohorts = cohorts;
        this.people = people;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Collaborative enrol(String cohortId, CollaborativeDetails details) {
        return enrol(Collaborative.newId(), cohortId, details);
    }

    /** Enrols a collaborative with a given id (demo data uses fixed ids). */
    public Collaborative enrol(String id, String cohortId, CollaborativeDetails details) {
        Cohort cohort = cohorts.get(cohortId);
        if (cohort.status() == CohortStatus.CLOSED) {
            throw new ConflictException("Cohort " + cohort.name() + " is closed, so no collaborative can be enrolled in it.");
        }
        Collaborative collaborative = Collaborative.of(id, cohortId, details, null);
        checkCoaches(details.coachIds());
        return outbox.insert(collaborative, collaborative.enrolled(clock.instant()));
    }

    public Collaborative update(String id, CollaborativeDetails details, long expectedVersion) {
        Collaborative current = get(id);
        Cohort cohort = cohorts.get(current.cohortId());
        if (cohort.status() == CohortStatus.CLOSED) {
            throw new ConflictException("Cohort " + cohort.name() + " is closed, so its collaboratives can no longer be changed.");
        }
        Collaborative updated = Collaborative.of(id, current.cohortId(), details, expectedVersion);
        checkCoaches(details.coachIds());
        return outbox.update(updated, updated.updated(clock.instant()));
    }

    public Collaborative get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("collaborative", id));
    }

    public Collaborative get(String id, Visibility visibility) {
        visibility.requireCollaborative(id);
        return get(id);
    }

    public Page<Collaborative> list(PageQuery page, String cohortId, Sector sector, Visibility visibility) {
        Criteria criteria = new Criteria();
        if (!visibility.everything()) {
            criteria = criteria.and("_id").in(visibility.collaboratives());
        }
        if (cohortId != null) {
            criteria = criteria.and("cohortId").is(cohortId);
        }
        if (sector != null) {
            criteria = criteria.and("sector").is(sector);
        }
        Query query = Query.query(criteria);
        return PageQuery.find(mongo, query, Collaborative.class, ignoringCaseOfName(page.pageable()));
    }

    /** Sorting by name sorts by its lower-case key, so "alpha" comes before "Beta". */
    private static Pageable ignoringCaseOfName(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .map(order -> order.getProperty().equals("name") ? order.withProperty("nameKey") : order).toList());
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private void checkCoaches(List<String> coachIds) {
        Map<String, Person> found = people.findAllById(new HashSet<>(coachIds)).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<String, String> errors = coachErrors(coachIds, found);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /**
     * Each coach id must name a person, once, who holds the coach role.
     *
     * @param found the people found among {@code coachIds}, by id
     * @return field ({@code coachIds[i]}) → message, empty when all is well
     */
    static Map<String, String> coachErrors(List<String> coachIds, Map<String, Person> found) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < coachIds.size(); i++) {
            String coachId = coachIds.get(i);
            Person person = found.get(coachId);
            if (person == null) {
                errors.put("coachIds[" + i + "]", "no person with this id");
            } else if (!person.roles().contains(Role.COACH)) {
                errors.put("coachIds[" + i + "]", person.name() + " is not a coach");
            } else if (!seen.add(coachId)) {
                errors.put("coachIds[" + i + "]", "is listed more than once");
            }
        }
        return errors;
    }
}
