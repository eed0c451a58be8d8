package uk.nhs.cohortcoach.cohortservice.privacy;

import java.time.Instant;
import uk.nhs.cohortcoach.cohortservice.person.Person;

/** What is left of an erased person: the id (a pseudonym now), the name shown instead, and when. */
record ErasureResponse(String personId, String name, Instant erasedAt) {

    static ErasureResponse of(Person person) {
        return new ErasureResponse(person.id(), person.name(), person.erasedAt());
    }
}
