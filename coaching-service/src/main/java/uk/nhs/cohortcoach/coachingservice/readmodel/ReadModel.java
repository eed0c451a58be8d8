package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Lookups in the read model for the rest of coaching-service. */
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

    public Optional<PersonView> person(String id) {
        return Optional.ofNullable(mongo.findById(id, PersonView.class));
    }

    /** Whether the person is currently in the collaborative's team. */
    public boolean inTeam(String personId, String collaborativeId) {
        return person(personId).map(p -> p.currentCollaborativeIds().contains(collaborativeId)).orElse(false);
    }
}
