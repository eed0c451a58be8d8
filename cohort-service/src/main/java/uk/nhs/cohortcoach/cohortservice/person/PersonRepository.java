package uk.nhs.cohortcoach.cohortservice.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads people; writes go through the outbox so every change has its event. */
public interface PersonRepository extends MongoRepository<Person, String> {

    Optional<Person> findByEmailKey(String emailKey);

    List<Person> findByEmailKeyIn(Collection<String> emailKeys);
}
