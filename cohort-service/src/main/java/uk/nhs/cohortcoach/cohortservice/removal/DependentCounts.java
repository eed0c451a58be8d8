package uk.nhs.cohortcoach.cohortservice.removal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.person.Person;

/**
 * Counts what depends on a cohort or collaborative: this service's own collaboratives and team spells, and the sessions and
 * waves other services told of (a wave cancelled before it opened is not counted: {@link Dependent#holds()}).
 */
@Service
public class DependentCounts {

    private final MongoTemplate mongo;

    DependentCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Dependents ofCohort(String cohortId) {
        return new Dependents(
                mongo.count(Query.query(Criteria.where("cohortId").is(cohortId)), Collaborative.class),
                0,
                mongo.count(Query.query(Criteria.where("cohortId").is(cohortId).and("kind").is(Dependent.SESSION)), Dependent.class),
                mongo.find(Query.query(Criteria.where("cohortId").is(cohortId).and("kind").is(Dependent.WAVE)), Dependent.class)
                        .stream().filter(Dependent::holds).count());
    }

    public Dependents ofCollaborative(String collaborativeId) {
        return new Dependents(
                0,
                mongo.count(Query.query(Criteria.where("memberships.collaborativeId").is(collaborativeId)), Person.class),
                mongo.count(Query.query(Criteria.where("collaborativeId").is(collaborativeId).and("kind").is(Dependent.SESSION)),
                        Dependent.class),
                0);
    }
}
