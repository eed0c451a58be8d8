package uk.nhs.cohortcoach.cohortservice.cohort;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.cohortservice.access.Visibility;
import uk.nhs.cohortcoach.cohortservice.removal.Deletions;
import uk.nhs.cohortcoach.cohortservice.removal.DependentCounts;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/** Creating, changing and finding cohorts; every change is saved with its event through the outbox. */
@Service
public class Cohorts {

    private final CohortRepository repository;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    private final DependentCounts dependents;
    private final Deletions deletions;

    Cohorts(CohortRepository repository, MongoTemplate mongo, Outbox outbox, Clock clock, DependentCounts dependents,
            Deletions deletions) {
        this.repository = repository;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.dependents = dependents;
        this.deletions = deletions;
    }

    public Cohort create(CohortDetails details) {
        return create(Cohort.newId(), details);
    }

    /** Creates a cohort with a given id (demo data uses fixed ids). */
    public Cohort create(String id, CohortDetails details) {
        Cohort cohort = Cohort.create(id, details);
        return outbox.insert(cohort, cohort.created(clock.instant()));
    }

    public Cohort update(String id, CohortDetails details, long expectedVersion) {
        Cohort updated = get(id).update(details, expectedVersion);
        return outbox.update(updated, updated.updated(clock.instant()));
    }

    /** Deletes a cohort nothing depends on (see {@link Cohort#delete}); publishes CohortDeleted. */
    public void delete(String id) {
        Cohort.Deleted deleted = get(id).delete(dependents.ofCohort(id), clock.instant());
        deletions.remove(Cohort.class, deleted.tombstone(), deleted.event());
    }

    /** What depends on the cohort, which must be nothing for it to be deleted. */
    public Dependents dependents(String id) {
        return dependents.ofCohort(id);
    }

    public Cohort get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("cohort", id));
    }

    public Cohort get(String id, Visibility visibility) {
        visibility.requireCohort(id);
        return get(id);
    }

    public Page<Cohort> list(PageQuery page, CohortStatus status, Visibility visibility) {
        Criteria criteria = new Criteria();
        if (!visibility.everything()) {
            criteria = criteria.and("_id").in(visibility.cohorts());
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = Query.query(criteria);
        return page.find(mongo, query, Cohort.class);
    }
}
