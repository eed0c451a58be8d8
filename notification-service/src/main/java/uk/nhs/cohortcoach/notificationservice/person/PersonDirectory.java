package uk.nhs.cohortcoach.notificationservice.person;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Looks people up in the read model. */
@Component
public class PersonDirectory {

    private final MongoTemplate mongo;

    PersonDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The person, or empty when cohort-service has not told us about them (yet). */
    public Optional<Person> find(String personId) {
        return Optional.ofNullable(mongo.findById(personId, Person.class));
    }
}
