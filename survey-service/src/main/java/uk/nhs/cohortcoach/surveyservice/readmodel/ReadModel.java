package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Lookups in survey-service's read model of cohort-service's data. */
@Component
public class ReadModel {

    private final MongoTemplate mongo;

    ReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<CohortView> cohort(String id) {
        return Optional.ofNullable(mongo.findById(id, CohortView.class));
    }

    public Optional<CollaborativeView> collaborative(String id) {
        return Optional.ofNullable(mongo.findById(id, CollaborativeView.class));
    }

    /** The collaboratives of a cohort. */
    public List<CollaborativeView> collaborativesOf(String cohortId) {
        return mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)), CollaborativeView.class);
    }

    /** Whether the person coaches at least one collaborative of the cohort. */
    public boolean coaches(String personId, String cohortId) {
        return mongo.exists(Query.query(Criteria.where("cohortId").is(cohortId).and("coachIds").is(personId)),
                CollaborativeView.class);
    }

    /** Everyone currently in a team of one of the cohort's collaboratives, ordered by id. */
    public List<ParticipantView> participantsOf(String cohortId) {
        return mongo.find(Query.query(Criteria.where("teams.cohortId").is(cohortId))
                .with(org.springframework.data.domain.Sort.by("_id")), ParticipantView.class);
    }
}
