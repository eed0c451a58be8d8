package uk.nhs.cohortcoach.cohortservice.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.cohortservice.access.Visibility;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeRepository;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Membership;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * People joining and leaving a collaborative's team. Joining records {@code ParticipantJoined}, and
 * also {@code PersonUpdated} when the person thereby gains the participant role, so every read model
 * of people's roles stays right; both go in the same write as the change.
 */
@Service
public class Participants {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PersonRepository people;
    private final CollaborativeRepository collaboratives;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    Participants(PersonRepository people, CollaborativeRepository collaboratives, MongoTemplate mongo, Outbox outbox,
            Clock clock) {
        this.people = people;
        this.collaboratives = collaboratives;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    Person join(String collaborativeId, String personId, LeadershipRole role, LocalDate joinedOn) {
        Collaborative collaborative = collaborative(collaborativeId);
        Person person = people.findById(personId)
                .orElseThrow(() -> InvalidFieldsException.of("personId", "Select a person from the list"));
        LocalDate on = joinedOn == null ? LocalDate.now(clock.withZone(LONDON)) : joinedOn;
        Person joined = person.join(collaborative.id(), collaborative.cohortId(), role, on);
        List<DomainEvent> events = new ArrayList<>();
        events.add(joined.joined(joined.currentMembership(collaborative.id()), clock.instant()));
        if (!joined.roles().equals(person.roles())) {
            events.add(joined.updated(clock.instant()));
        }
        return outbox.update(joined, events.toArray(DomainEvent[]::new));
    }

    Person leave(String collaborativeId, String personId, LocalDate leftOn) {
        Collaborative collaborative = collaborative(collaborativeId);
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("participant", personId));
        LocalDate on = leftOn == null ? LocalDate.now(clock.withZone(LONDON)) : leftOn;
        Membership current = person.currentMembership(collaborative.id());
        Person left = person.leave(collaborative.id(), on);
        Membership ended = left.memberships().get(person.memberships().indexOf(current));
        return outbox.update(left, left.left(ended, clock.instant()));
    }

    /**
     * The team: one entry per spell in it, current ones only unless {@code includePast}; sorted by name then joining
     * date. A viewer who is neither a programme manager nor one of the collaborative's coaches (a member of the team)
     * gets nobody's email but their own: members see who is in their team, not how to write to them outside it.
     */
    List<TeamMember> team(String collaborativeId, boolean includePast, Visibility visibility, Viewer viewer) {
        visibility.requireCollaborative(collaborativeId);
        Collaborative collaborative = collaborative(collaborativeId);
        boolean staff = viewer.is(Role.PROGRAMME_MANAGER)
                || viewer.is(Role.COACH) && collaborative.coachIds().contains(viewer.personId());
        Criteria spell = Criteria.where("collaborativeId").is(collaborativeId);
        if (!includePast) {
            spell = spell.and("leftOn").is(null);
        }
        List<TeamMember> team = new ArrayList<>();
        for (Person person : mongo.find(Query.query(Criteria.where("memberships").elemMatch(spell)), Person.class)) {
            for (Membership membership : person.memberships()) {
                if (membership.collaborativeId().equals(collaborativeId) && (includePast || membership.current())) {
                    TeamMember member = TeamMember.of(person, membership);
                    team.add(staff || person.id().equals(viewer.personId()) ? member : member.withoutEmail());
                }
            }
        }
        team.sort(Comparator.comparing(TeamMember::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(TeamMember::joinedOn));
        return team;
    }

    /**
     * The collaborative's coaches by name (id and name only), for whoever may see the collaborative: its members learn
     * who coaches them without being able to read the coach's record. A coach no longer registered is left out.
     */
    List<TeamCoach> coaches(String collaborativeId, Visibility visibility) {
        visibility.requireCollaborative(collaborativeId);
        Collaborative collaborative = collaborative(collaborativeId);
        List<TeamCoach> coaches = new ArrayList<>();
        for (String coachId : collaborative.coachIds()) {
            people.findById(coachId).ifPresent(coach -> coaches.add(new TeamCoach(coach.id(), coach.name())));
        }
        return coaches;
    }

    private Collaborative collaborative(String id) {
        return collaboratives.findById(id).orElseThrow(() -> new NotFoundException("collaborative", id));
    }
}
