package uk.nhs.cohortcoach.hubservice.membership;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The cohorts a person belongs to: those of the collaboratives they coach and of the teams they are in. */
@Service
public class CohortMembership {

    private final MongoTemplate mongo;

    CohortMembership(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Set<String> cohortsOf(String personId) {
        Set<String> cohorts = new LinkedHashSet<>();
        if (personId == null) {
            return cohorts;
        }
        ParticipantView participant = mongo.findById(personId, ParticipantView.class);
        if (participant != null) {
            participant.teams().forEach(team -> cohorts.add(team.cohortId()));
        }
        mongo.find(Query.query(Criteria.where("coachIds").is(personId)), CollaborativeView.class)
                .forEach(collaborative -> cohorts.add(collaborative.cohortId()));
        cohorts.remove(null);
        return cohorts;
    }
}
