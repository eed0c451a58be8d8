package uk.nhs.cohortcoach.cohortservice.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.cohortservice.removal.Deletion;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.cohortservice.removal.Refusal;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;

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
            throw InvalidFieldsException.of("status", "The status can only move forward, from planned to active to closed. This cohort is "
                    + Words.of(status));
        }
        checkDates(details);
        return new Cohort(id, details.name(), details.phase(), details.description(), details.startDate(), details.endDate(),
                next, expectedVersion);
    }

    /** What deleting a cohort leaves: its tombstone and the event that tells the other services. */
    public record Deleted(Deletion tombstone, CohortDeleted event) {
    }

    /**
     * Deletes a cohort created by mistake: only while nothing depends on it (no collaborative, coaching
     * session or survey wave; else 409 saying what does) and it is not closed (a closed cohort is history
     * and read-only).
     */
    public Deleted delete(Dependents dependents, Instant now) {
        Optional<Refusal> refusal = deletionRefusal(dependents);
        if (refusal.isPresent()) {
            throw new ConflictException(refusal.get().detail(), refusal.get().reason());
        }
        return new Deleted(new Deletion(id, "cohort", name, now), new CohortDeleted(UUID.randomUUID(), now, id, name));
    }

    /** Why the cohort cannot be deleted now, or empty when it can. */
    public Optional<Refusal> deletionRefusal(Dependents dependents) {
        if (status == CohortStatus.CLOSED) {
            return Optional.of(new Refusal("Cohort " + name + " is closed, so it can no longer be deleted.", "closed"));
        }
        if (dependents.any()) {
            return Optional.of(new Refusal("Cohort " + name + " cannot be deleted because it has " + dependents.describe() + ".",
                    Refusal.HAS_DEPENDENTS));
        }
        return Optional.empty();
    }

    /** Problems with the dates no single field shows (the end must come after the start); field → message. */
    public static Map<String, String> dateErrors(LocalDate startDate, LocalDate endDate) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
            errors.put("endDate", "The end date must be after the start date");
        }
        return errors;
    }

    public CohortCreated created(Instant now) {
        return new CohortCreated(UUID.randomUUID(), now, id, name, phase, description, startDate, endDate, status.name());
    }

    public CohortUpdated updated(Instant now) {
        return new CohortUpdated(UUID.randomUUID(), now, id, name, phase, description, startDate, endDate, status.name());
    }

    private static void checkDates(CohortDetails details) {
        Map<String, String> errors = dateErrors(details.startDate(), details.endDate());
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
