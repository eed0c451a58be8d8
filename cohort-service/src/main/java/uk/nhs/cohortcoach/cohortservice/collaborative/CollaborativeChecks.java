package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.DuplicateException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * The rules of a collaborative that need stored data: coaches who exist and coach, and a name not taken
 * in the cohort. Used when enrolling and changing, and by the web layer with Bean Validation so one
 * answer names every field at fault.
 */
@Component
public class CollaborativeChecks {

    private static final String SELECT_COACH = "Select a coach from the list";
    static final String NAME_TAKEN = "There is already a collaborative with this name in this cohort";

    private final CollaborativeRepository repository;
    private final PersonRepository people;

    CollaborativeChecks(CollaborativeRepository repository, PersonRepository people) {
        this.repository = repository;
        this.people = people;
    }

    /**
     * Every rule the fields alone cannot check, for details that may also be incomplete: the
     * collaborative's own rules ({@link Collaborative#ruleErrors}), the coaches, and, when anything else
     * is wrong too ({@code othersFound} or a rule here), a name already taken in the cohort (alone, a
     * taken name is a 409 {@code duplicate}, not a 400).
     *
     * @param cohortId the cohort enrolled in, or null when changing {@code selfId} (its own cohort is used)
     * @param selfId   the collaborative being changed, or null when enrolling
     * @return field (JSON path) → message
     */
    public Map<String, String> errors(String cohortId, String selfId, CollaborativeDetails details, boolean othersFound) {
        Map<String, String> errors = new LinkedHashMap<>(Collaborative.ruleErrors(details));
        errors.putAll(coachErrors(details.coachIds()));
        String cohort = cohortId != null ? cohortId
                : selfId == null ? null : repository.findById(selfId).map(Collaborative::cohortId).orElse(null);
        if ((othersFound || !errors.isEmpty()) && cohort != null && details.name() != null
                && nameTaken(cohort, selfId, details.name()).isPresent()) {
            errors.put("name", NAME_TAKEN);
        }
        return errors;
    }

    /** Refuses coaches who do not exist, are not coaches or are listed twice (400, by {@code coachIds[i]}). */
    void requireCoaches(List<String> coachIds) {
        Map<String, String> errors = coachErrors(coachIds);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** Refuses a name another collaborative of the cohort has (409 {@code duplicate}, naming it). */
    void requireNameFree(String cohortId, String selfId, String name) {
        Optional<Collaborative> clash = nameTaken(cohortId, selfId, name);
        if (clash.isPresent()) {
            throw duplicate(clash.get());
        }
    }

    /** The named 409 for a write the unique index refused (two requests at once): the clash, found again. */
    RuntimeException duplicateOf(String cohortId, String selfId, String name, DuplicateKeyException refused) {
        return nameTaken(cohortId, selfId, name).<RuntimeException>map(this::duplicate).orElse(refused);
    }

    private Optional<Collaborative> nameTaken(String cohortId, String selfId, String name) {
        return repository.findByCohortIdAndNameKey(cohortId, Collaborative.key(name))
                .filter(other -> !other.id().equals(selfId));
    }

    private DuplicateException duplicate(Collaborative clash) {
        return new DuplicateException("A collaborative called '" + clash.name() + "' is already in this cohort.", "name",
                NAME_TAKEN, clash.id());
    }

    private Map<String, String> coachErrors(List<String> coachIds) {
        Set<String> ids = coachIds.stream().filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet());
        Map<String, Person> found = ids.isEmpty() ? Map.of() : people.findAllById(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return coachErrors(coachIds, found);
    }

    /**
     * Each coach id must name a person, once, who holds the coach role; blank ids are left to Bean Validation.
     *
     * @param found the people found among {@code coachIds}, by id
     * @return field ({@code coachIds[i]}) → message, empty when all is well
     */
    static Map<String, String> coachErrors(List<String> coachIds, Map<String, Person> found) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < coachIds.size(); i++) {
            String coachId = coachIds.get(i);
            if (coachId == null || coachId.isBlank()) {
                continue;
            }
            Person person = found.get(coachId);
            if (person == null) {
                errors.put("coachIds[" + i + "]", SELECT_COACH);
            } else if (!person.roles().contains(Role.COACH)) {
                errors.put("coachIds[" + i + "]", person.name() + " is not a coach. " + SELECT_COACH);
            } else if (!seen.add(coachId)) {
                errors.put("coachIds[" + i + "]", "This coach is already listed");
            }
        }
        return errors;
    }
}
