package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
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

    /**
     * Rules no single field can check: an ODS code listed once only, and a Core20 target population
     * saying which IMD edition its deprivation figure uses.
     */
    private static void checkRules(CollaborativeDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<MemberOrganisation> members = details.members();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String code = members.get(i).odsCode();
            if (code != null && !seen.add(code)) {
                errors.put("members[" + i + "].odsCode", code + " is listed more than once");
            }
        }
        StrategicPriority priority = details.priority();
        if (priority != null && priority.core20() && priority.imdEdition() == null) {
            errors.put("priority.imdEdition", "is required when core20 is true: say which IMD edition (2019 or 2025) is used");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
