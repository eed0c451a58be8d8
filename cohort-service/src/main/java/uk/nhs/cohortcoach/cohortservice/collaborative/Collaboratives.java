package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
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
import uk.nhs.cohortcoach.cohortservice.removal.Deletions;
import uk.nhs.cohortcoach.cohortservice.removal.DependentCounts;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
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
    private final CollaborativeChecks checks;
    private final DependentCounts dependents;
    private final Deletions deletions;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    Collaboratives(CollaborativeRepository repository, Cohorts cohorts, CollaborativeChecks checks, DependentCounts dependents,
            Deletions deletions, MongoTemplate mongo, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.cohorts = cohorts;
        this.checks = checks;
        this.dependents = dependents;
        this.deletions = deletions;
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
        checks.requireCoaches(details.coachIds());
        checks.requireNameFree(cohortId, id, details.name());
        try {
            return outbox.insert(collaborative, collaborative.enrolled(clock.instant()));
        } catch (DuplicateKeyException refused) {
            throw checks.duplicateOf(cohortId, id, details.name(), refused);
        }
    }

    public Collaborative update(String id, CollaborativeDetails details, long expectedVersion) {
        Collaborative current = get(id);
        Cohort cohort = cohorts.get(current.cohortId());
        if (cohort.status() == CohortStatus.CLOSED) {
            throw new ConflictException("Cohort " + cohort.name() + " is closed, so its collaboratives can no longer be changed.");
        }
        Collaborative updated = Collaborative.of(id, current.cohortId(), details, expectedVersion);
        checks.requireCoaches(details.coachIds());
        checks.requireNameFree(current.cohortId(), id, details.name());
        try {
            return outbox.update(updated, updated.updated(clock.instant()));
        } catch (DuplicateKeyException refused) {
            throw checks.duplicateOf(current.cohortId(), id, details.name(), refused);
        }
    }

    /** Deletes a collaborative nothing depends on (see {@link Collaborative#delete}); publishes CollaborativeDeleted. */
    public void delete(String id) {
        Collaborative collaborative = get(id);
        Collaborative.Deleted deleted = collaborative.delete(cohortClosed(collaborative), dependents.ofCollaborative(id),
                clock.instant());
        deletions.remove(Collaborative.class, deleted.tombstone(), deleted.event());
    }

    /** What depends on the collaborative, which must be nothing for it to be deleted. */
    public Dependents dependents(String id) {
        return dependents.ofCollaborative(id);
    }

    /** Whether the collaborative's cohort is closed (then it is read-only). */
    public boolean cohortClosed(Collaborative collaborative) {
        return cohorts.get(collaborative.cohortId()).status() == CohortStatus.CLOSED;
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
}
