package uk.nhs.cohortcoach.cohortservice.participant.importing;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeRepository;
import uk.nhs.cohortcoach.cohortservice.participant.importing.CsvTeamFile.Row;
import uk.nhs.cohortcoach.cohortservice.participant.importing.CsvTeamFile.RowValues;
import uk.nhs.cohortcoach.cohortservice.participant.importing.ImportReport.RowResult;
import uk.nhs.cohortcoach.cohortservice.participant.importing.ImportReport.Status;
import uk.nhs.cohortcoach.cohortservice.person.Membership;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * Imports a collaborative's team from a CSV file. People are matched on email ignoring case, all in
 * one query for the whole file; each person who changes gets one outbox write with their events:
 * <ul>
 * <li>new → registered as a participant and joined: CREATED (PersonRegistered, ParticipantJoined);</li>
 * <li>known, details changed and/or not yet in the team → UPDATED (PersonUpdated when details or roles
 * change, ParticipantJoined when they join);</li>
 * <li>in the team with another leadership role → UPDATED: the spell in the old role ends today and one in
 * the new role starts (ParticipantLeft, ParticipantJoined), so the history says what they were when;</li>
 * <li>otherwise UNCHANGED, with nothing written.</li>
 * </ul>
 * Roles a known person holds are kept (the file cannot take them away). Rows are independent: a
 * rejected row does not stop the others.
 */
@Service
public class ParticipantImport {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PersonRepository people;
    private final CollaborativeRepository collaboratives;
    private final Outbox outbox;
    private final Validator validator;
    private final Clock clock;

    ParticipantImport(PersonRepository people, CollaborativeRepository collaboratives, Outbox outbox, Validator validator,
            Clock clock) {
        this.people = people;
        this.collaboratives = collaboratives;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    ImportReport run(String collaborativeId, String csv) {
        Collaborative collaborative = collaboratives.findById(collaborativeId)
                .orElseThrow(() -> new NotFoundException("collaborative", collaborativeId));
        List<Row> rows = CsvTeamFile.read(csv, validator);
        Set<String> emailKeys = rows.stream().filter(Row::valid).map(row -> row.values().emailKey()).collect(Collectors.toSet());
        Map<String, Person> known = emailKeys.isEmpty() ? Map.of()
                : people.findByEmailKeyIn(emailKeys).stream().collect(Collectors.toMap(Person::emailKey, Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<RowResult> results = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (!row.valid()) {
                results.add(RowResult.rejected(row.row(), null, row.errors()));
                continue;
            }
            Person existing = known.get(row.values().emailKey());
            try {
                results.add(existing == null ? create(row, collaborative, today) : update(row, existing, collaborative, today));
            } catch (DuplicateKeyException e) {
                results.add(RowResult.rejected(row.row(), null,
                        Map.of("email", "Someone registered this email address during the import. Import the file again")));
            } catch (OptimisticLockingFailureException e) {
                results.add(RowResult.rejected(row.row(), existing == null ? null : existing.id(),
                        Map.of("row", "The person was changed by someone else during the import. Import the file again")));
            } catch (ConflictException e) {
                results.add(RowResult.rejected(row.row(), existing == null ? null : existing.id(), Map.of("row", e.getMessage())));
            }
        }
        return ImportReport.of(results);
    }

    private RowResult create(Row row, Collaborative collaborative, LocalDate today) {
        RowValues values = row.values();
        Person person = Person.register(Person.newId(), details(values, EnumSet.of(Role.PARTICIPANT)))
                .join(collaborative.id(), collaborative.cohortId(), values.leadershipRole(), today);
        Instant now = clock.instant();
        Person stored = outbox.insert(person, person.registered(now),
                person.joined(person.currentMembership(collaborative.id()), now));
        return RowResult.of(row.row(), Status.CREATED, stored.id());
    }

    private RowResult update(Row row, Person existing, Collaborative collaborative, LocalDate today) {
        RowValues values = row.values();
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>();
        Person person = existing.withDetails(details(values, existing.roles()), existing.version());
        Membership current = person.currentMembership(collaborative.id());
        if (current != null && current.role() != values.leadershipRole()) {
            Person left = person.leave(collaborative.id(), today);
            events.add(left.left(left.memberships().get(person.memberships().indexOf(current)), now));
            person = left;
            current = null;
        }
        if (current == null) {
            person = person.join(collaborative.id(), collaborative.cohortId(), values.leadershipRole(), today);
            events.add(person.joined(person.currentMembership(collaborative.id()), now));
        }
        if (!person.sameDetailsAs(existing)) {
            events.add(0, person.updated(now));
        }
        if (events.isEmpty()) {
            return RowResult.of(row.row(), Status.UNCHANGED, existing.id());
        }
        outbox.update(person, events.toArray(DomainEvent[]::new));
        return RowResult.of(row.row(), Status.UPDATED, existing.id());
    }

    private static PersonDetails details(RowValues values, Set<Role> roles) {
        return new PersonDetails(values.name(), values.email(), values.jobTitle(), values.organisationOdsCode(), roles);
    }
}
