package uk.nhs.cohortcoach.notificationservice.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Team membership as the people read model knows it. Besides {@code currentCollaborativeIds} each
 * person document keeps {@code leftCollaborativeIds}: the teams they left and have not rejoined.
 */
@Component
public class Memberships {

    static final String CURRENT = "currentCollaborativeIds";
    static final String LEFT = "leftCollaborativeIds";

    private final MongoTemplate mongo;

    Memberships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * True when the person is known to have left the collaborative's team (and not rejoined). An
     * unknown person, or one whose joining has not arrived yet, has not left.
     */
    /**
     * The people of a cohort as the read model knows them: programme managers, the coaches of the cohort's
     * collaboratives and the participants currently in their teams (people registered but never in a team of it are not).
     */
    public Set<String> peopleOfCohort(String cohortId) {
        List<CohortTeam> teams = mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)), CohortTeam.class);
        Set<String> teamIds = new HashSet<>();
        Set<String> people = new HashSet<>();
        teams.forEach(team -> {
            teamIds.add(team.id());
            people.addAll(team.coachIds());
        });
        // the people collection is the programme's few hundred people, read through (as the delivery log's search)
        Query query = Query.query(new Criteria().orOperator(Criteria.where("roles").is("PROGRAMME_MANAGER"),
                Criteria.where(CURRENT).in(teamIds)));
        query.fields().include("_id");
        mongo.find(query, Person.class).forEach(person -> people.add(person.id()));
        return people;
    }

    public boolean hasLeft(String personId, String collaborativeId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(personId).and(LEFT).is(collaborativeId)
                .and(CURRENT).ne(collaborativeId)), Person.class);
    }
}
