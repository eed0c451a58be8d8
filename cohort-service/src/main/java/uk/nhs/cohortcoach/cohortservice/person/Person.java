package uk.nhs.cohortcoach.cohortservice.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonArchived;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRestored;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.DuplicateException;

/**
 * Someone in the programme. The email is unique ignoring case ({@code emailKey}); a participant's
 * spells in collaborative teams are kept in {@code memberships}, current and past. An erased person
 * ({@code erasedAt} set) keeps only their id, roles and spells; nothing about them can change any more.
 * An archived person ({@code archivedAt} set) is in no team and left out of lists; their history stays.
 */
@Document("people")
public record Person(
        @Id String id,
        String name,
        String email,
        @Indexed(unique = true) String emailKey,
        String jobTitle,
        String organisationOdsCode,
        Set<Role> roles,
        List<Membership> memberships,
        Instant erasedAt,
        Instant archivedAt,
        @Version Long version) {

    /** The name an erased person is shown under. */
    public static final String ERASED_NAME = "Erased person";

    /** What erasing a person leaves, and the events that tell the other services. */
    public record Erasure(Person person, List<CohortEvent> events) {
    }

    /** A move of the person's life cycle (archive, restore): the new state and its events (none when nothing changed). */
    public record Change(Person person, List<CohortEvent> events) {
    }

    public Person {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }

    public static Person register(String id, PersonDetails details) {
        return new Person(id, details.name().trim(), details.email().trim(), emailKey(details.email()), details.jobTitle(),
                details.organisationOdsCode(), details.roles(), List.of(), null, null, null);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** New details; the memberships are untouched. A person in a team keeps the participant role. */
    public Person withDetails(PersonDetails details, long expectedVersion) {
        refuseIfErased();
        Set<Role> newRoles = EnumSet.noneOf(Role.class);
        newRoles.addAll(details.roles());
        if (!currentMemberships().isEmpty()) {
            newRoles.add(Role.PARTICIPANT);
        }
        return new Person(id, details.name().trim(), details.email().trim(), emailKey(details.email()), details.jobTitle(),
                details.organisationOdsCode(), newRoles, memberships, erasedAt, archivedAt, expectedVersion);
    }

    /** Joins a collaborative's team (and becomes a participant). Refused while already in that team. */
    public Person join(String collaborativeId, String cohortId, LeadershipRole role, LocalDate on) {
        refuseIfErased();
        if (archived()) {
            throw new ConflictException(name + " is archived; restore them before they join a team.", "archived");
        }
        Membership current = currentMembership(collaborativeId);
        if (current != null) {
            throw new DuplicateException(name + " is already in this collaborative's team (since " + current.joinedOn() + ").",
                    "personId", "This person is already in this collaborative's team", id);
        }
        List<Membership> next = new ArrayList<>(memberships);
        next.add(new Membership(collaborativeId, cohortId, role, on, null));
        Set<Role> newRoles = EnumSet.of(Role.PARTICIPANT);
        newRoles.addAll(roles);
        return new Person(id, name, email, emailKey, jobTitle, organisationOdsCode, newRoles, next, erasedAt, archivedAt, version);
    }

    /** Leaves a collaborative's team; the spell stays in the history with its end date. */
    public Person leave(String collaborativeId, LocalDate on) {
        Membership current = currentMembership(collaborativeId);
        if (current == null) {
            throw new ConflictException(name + " is not in this collaborative's team.");
        }
        if (on.isBefore(current.joinedOn())) {
            throw new ConflictException("The leaving date is before " + name + " joined (" + current.joinedOn() + ").");
        }
        List<Membership> next = new ArrayList<>();
        for (Membership membership : memberships) {
            next.add(membership == current ? new Membership(membership.collaborativeId(), membership.cohortId(),
                    membership.role(), membership.joinedOn(), on) : membership);
        }
        return new Person(id, name, email, emailKey, jobTitle, organisationOdsCode, roles, next, erasedAt, archivedAt, version);
    }

    /**
     * Erases the person (UK GDPR): name, email, job title and organisation are replaced or removed, the
     * id stays as a pseudonym so counts over history still add up; current team spells end {@code today}
     * (ParticipantLeft each), then PersonErased tells every service to remove what it holds. Erasing an
     * erased person changes nothing and has no events.
     */
    public Erasure erase(Instant now, LocalDate today) {
        if (erased()) {
            return new Erasure(this, List.of());
        }
        List<CohortEvent> events = new ArrayList<>();
        List<Membership> next = endCurrentSpells(today, now, events);
        String pseudonymousEmail = "erased-" + id + "@erased.invalid";
        Person erased = new Person(id, ERASED_NAME, pseudonymousEmail, emailKey(pseudonymousEmail), null, null, roles, next, now,
                archivedAt, version);
        events.add(new PersonErased(UUID.randomUUID(), now, id));
        return new Erasure(erased, List.copyOf(events));
    }

    /**
     * Archives the person (created by mistake, or gone from the programme): current team spells end
     * {@code today} (ParticipantLeft each, so invitations and reminders stop), then PersonArchived; they
     * drop out of people lists and pickers, and everything they did stays. Archiving an archived person
     * changes nothing and has no events; an erased person cannot be archived (409).
     */
    public Change archive(Instant now, LocalDate today) {
        refuseIfErased();
        if (archived()) {
            return new Change(this, List.of());
        }
        List<CohortEvent> events = new ArrayList<>();
        List<Membership> next = endCurrentSpells(today, now, events);
        events.add(new PersonArchived(UUID.randomUUID(), now, id));
        return new Change(new Person(id, name, email, emailKey, jobTitle, organisationOdsCode, roles, next, erasedAt, now, version),
                List.copyOf(events));
    }

    /**
     * Brings an archived person back into lists and pickers (in no team: they join as anyone does);
     * PersonRestored. Refused (409) for someone not archived, or erased.
     */
    public Change restore(Instant now) {
        refuseIfErased();
        if (!archived()) {
            throw new ConflictException(name + " is not archived, so there is nothing to restore.", "not-archived");
        }
        return new Change(new Person(id, name, email, emailKey, jobTitle, organisationOdsCode, roles, memberships, erasedAt, null,
                version), List.of(new PersonRestored(UUID.randomUUID(), now, id)));
    }

    public boolean archived() {
        return archivedAt != null;
    }

    private List<Membership> endCurrentSpells(LocalDate today, Instant now, List<CohortEvent> events) {
        List<Membership> next = new ArrayList<>();
        for (Membership membership : memberships) {
            if (membership.current()) {
                LocalDate leftOn = today.isBefore(membership.joinedOn()) ? membership.joinedOn() : today;
                Membership ended = new Membership(membership.collaborativeId(), membership.cohortId(), membership.role(),
                        membership.joinedOn(), leftOn);
                next.add(ended);
                events.add(left(ended, now));
            } else {
                next.add(membership);
            }
        }
        return next;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    private void refuseIfErased() {
        if (erased()) {
            throw new ConflictException("This person has been erased; their record can no longer be changed.");
        }
    }

    public Membership currentMembership(String collaborativeId) {
        return memberships.stream().filter(m -> m.current() && m.collaborativeId().equals(collaborativeId))
                .findFirst().orElse(null);
    }

    public List<Membership> currentMemberships() {
        return memberships.stream().filter(Membership::current).toList();
    }

    public boolean sameDetailsAs(Person other) {
        return name.equals(other.name) && email.equals(other.email) && java.util.Objects.equals(jobTitle, other.jobTitle)
                && java.util.Objects.equals(organisationOdsCode, other.organisationOdsCode) && roles.equals(other.roles);
    }

    public PersonRegistered registered(Instant now) {
        return new PersonRegistered(UUID.randomUUID(), now, id, name, email, jobTitle, organisationOdsCode, roleNames());
    }

    public PersonUpdated updated(Instant now) {
        return new PersonUpdated(UUID.randomUUID(), now, id, name, email, jobTitle, organisationOdsCode, roleNames());
    }

    public ParticipantJoined joined(Membership membership, Instant now) {
        return new ParticipantJoined(UUID.randomUUID(), now, id, membership.collaborativeId(), membership.cohortId(),
                membership.role().name(), membership.joinedOn());
    }

    public ParticipantLeft left(Membership membership, Instant now) {
        return new ParticipantLeft(UUID.randomUUID(), now, id, membership.collaborativeId(), membership.cohortId(),
                membership.leftOn());
    }

    private List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
