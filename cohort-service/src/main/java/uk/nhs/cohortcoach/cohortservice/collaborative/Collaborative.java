package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.cohortservice.removal.Deletion;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.cohortservice.removal.Refusal;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** A group of NHS trusts enrolled in a cohort to improve care together. {@code nameKey} makes names unique per cohort, ignoring case. */
@Document("collaboratives")
@CompoundIndex(name = "name_unique_in_cohort", def = "{'cohortId': 1, 'nameKey': 1}", unique = true)
public record Collaborative(
        @Id String id,
        String cohortId,
        String name,
        String nameKey,
        Sector sector,
        String ics,
        List<MemberOrganisation> members,
        String seniorResponsibleOfficer,
        StrategicPriority priority,
        int plannedCoachingHours,
        List<String> coachIds,
        @Version Long version) {

    public Collaborative {
        members = members == null ? List.of() : List.copyOf(members);
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }

    /** A collaborative built from its details, after checking the rules fields alone cannot. */
    public static Collaborative of(String id, String cohortId, CollaborativeDetails details, Long version) {
        checkRules(details);
        return new Collaborative(id, cohortId, details.name().trim(), key(details.name()), details.sector(), details.ics(),
                details.members(), details.seniorResponsibleOfficer(), details.priority(), details.plannedCoachingHours(),
                details.coachIds(), version);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public CollaborativeEnrolled enrolled(Instant now) {
        return new CollaborativeEnrolled(UUID.randomUUID(), now, id, cohortId, name, sector.name(), ics, odsCodes(),
                priority == null ? null : priority.area(), plannedCoachingHours, coachIds);
    }

    public CollaborativeUpdated updated(Instant now) {
        return new CollaborativeUpdated(UUID.randomUUID(), now, id, cohortId, name, sector.name(), ics, odsCodes(),
                priority == null ? null : priority.area(), plannedCoachingHours, coachIds);
    }

    private List<String> odsCodes() {
        return members.stream().map(MemberOrganisation::odsCode).toList();
    }

    /** What deleting a collaborative leaves: its tombstone and the event that tells the other services. */
    public record Deleted(Deletion tombstone, CollaborativeDeleted event) {
    }

    /**
     * Deletes a collaborative enrolled by mistake: only while nothing depends on it (nobody is or was in
     * its team, no coaching session; else 409 saying what does) and its cohort is not closed.
     */
    public Deleted delete(boolean cohortClosed, Dependents dependents, Instant now) {
        Optional<Refusal> refusal = deletionRefusal(cohortClosed, dependents);
        if (refusal.isPresent()) {
            throw new ConflictException(refusal.get().detail(), refusal.get().reason());
        }
        return new Deleted(new Deletion(id, "collaborative", name, now),
                new CollaborativeDeleted(UUID.randomUUID(), now, id, cohortId, name));
    }

    /** Why the collaborative cannot be deleted now, or empty when it can. */
    public Optional<Refusal> deletionRefusal(boolean cohortClosed, Dependents dependents) {
        if (cohortClosed) {
            return Optional.of(new Refusal("Collaborative " + name + " is in a closed cohort, so it can no longer be deleted.",
                    "closed"));
        }
        if (dependents.any()) {
            return Optional.of(new Refusal("Collaborative " + name + " cannot be deleted because it has " + dependents.describe()
                    + ".", Refusal.HAS_DEPENDENTS));
        }
        return Optional.empty();
    }

    /**
     * Rules no single field can check: an ODS code listed once only, and a Core20 target population
     * saying which IMD edition its deprivation figure uses. Any field may be missing (the details may
     * come from a request that also has other errors).
     *
     * @return field (its JSON path in the request) → message, empty when all is well
     */
    public static Map<String, String> ruleErrors(CollaborativeDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<MemberOrganisation> members = details.members();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String code = members.get(i).odsCode();
            if (code != null && !seen.add(code)) {
                errors.put("members[" + i + "].odsCode", "ODS code " + code + " is listed more than once");
            }
        }
        StrategicPriority priority = details.priority();
        if (priority != null && priority.core20() && priority.imdEdition() == null) {
            errors.put("priority.imdEdition", "Select the IMD edition (2019 or 2025) used to find the Core20 population");
        }
        return errors;
    }

    private static void checkRules(CollaborativeDetails details) {
        Map<String, String> errors = ruleErrors(details);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
