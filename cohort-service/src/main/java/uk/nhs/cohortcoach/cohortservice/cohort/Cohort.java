package uk.nhs.cohortcoach.cohortservice.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** A phase of the programme (phase 1: open peer learning; phase 2: bespoke coaching with five collaboratives). */
@Document("cohorts")
public record Cohort(
        @Id String id,
        String name,
        int phase,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        CohortStatus status,
        @Version Long version) {

    /** A new cohort, always starting as planned unless stated. */
    public static Cohort create(String id, CohortDetails details) {
        checkDates(details);
        return new Cohort(id, details.name(), details.phase(), details.description(), details.startDate(), details.endDate(),
                details.status() == null ? CohortStatus.PLANNED : details.status(), null);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * The cohort with new details, if the rules allow: a closed cohort cannot change at all, and the
     * status only moves forward.
     */
    public Cohort update(CohortDetails details, long expectedVersion) {
        if (status == CohortStatus.CLOSED) {
            throw new ConflictException("Cohort " + name + " is closed, so it can no longer be changed.");
        }
        CohortStatus next = details.status() == null ? status : details.status();
        if (!status.mayMoveTo(next)) {
            throw InvalidFieldsException.of("status", "can only move forward from " + status + " (planned, active, closed)");
        }
        checkDates(details);
        return new Cohort(id, details.name(), details.phase(), details.description(), details.startDate(), details.endDate(),
                next, expectedVersion);
    }

    public CohortCreated created(Instant now) {
        return new CohortCreated(UUID.randomUUID(), now, id, name, phase, description, startDate, endDate, status.name());
    }

    public CohortUpdated updated(Instant now) {
        return new CohortUpdated(UUID.randomUUID(), now, id, name, phase, description, startDate, endDate, status.name());
    }

    private static void checkDates(CohortDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (details.startDate() != null && details.endDate() != null && !details.endDate().isAfter(details.startDate())) {
            errors.put("endDate", "must be after startDate");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
