package uk.nhs.cohortcoach.cohortservice.person;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.support.problem.DuplicateException;

/**
 * The rule of a person that needs stored data: an email nobody else has (ignoring case). Used when
 * registering and changing, and by the web layer with Bean Validation so one answer names every field.
 */
@Component
public class PersonChecks {

    static final String EMAIL_TAKEN = "Someone else already has this email address";

    private final PersonRepository repository;

    PersonChecks(PersonRepository repository) {
        this.repository = repository;
    }

    /**
     * A taken email as a field error, when anything else is wrong too (alone, it is a 409 {@code duplicate}).
     *
     * @param selfId the person being changed, or null when registering
     */
    public Map<String, String> errors(String selfId, String email, boolean othersFound) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (othersFound && email != null && !email.isBlank() && emailTaken(selfId, email).isPresent()) {
            errors.put("email", EMAIL_TAKEN);
        }
        return errors;
    }

    /** Refuses an email someone else has (409 {@code duplicate}, naming them by id). */
    void requireEmailFree(String selfId, String email) {
        Optional<Person> clash = emailTaken(selfId, email);
        if (clash.isPresent()) {
            throw duplicate(clash.get(), email);
        }
    }

    /** The named 409 for a write the unique index refused (two requests at once): the clash, found again. */
    RuntimeException duplicateOf(String selfId, String email, DuplicateKeyException refused) {
        return emailTaken(selfId, email).<RuntimeException>map(clash -> duplicate(clash, email)).orElse(refused);
    }

    private Optional<Person> emailTaken(String selfId, String email) {
        return repository.findByEmailKey(Person.emailKey(email)).filter(other -> !other.id().equals(selfId));
    }

    private static DuplicateException duplicate(Person clash, String email) {
        return new DuplicateException("Someone is already registered with the email " + email.trim()
                + (clash.archived() ? " (archived: restore them instead)." : "."), "email", EMAIL_TAKEN, clash.id());
    }
}
