package uk.nhs.cohortcoach.cohortservice.privacy;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeRepository;
import uk.nhs.cohortcoach.cohortservice.person.People;
import uk.nhs.cohortcoach.cohortservice.person.Person;

/** Gathers what cohort-service holds about one person (404 for someone it does not know). */
@Component
public class SubjectAccess {

    private final People people;
    private final CollaborativeRepository collaboratives;
    private final Clock clock;

    SubjectAccess(People people, CollaborativeRepository collaboratives, Clock clock) {
        this.people = people;
        this.collaboratives = collaboratives;
        this.clock = clock;
    }

    SubjectAccessExport export(String personId) {
        Person person = people.get(personId);
        Map<String, Collaborative> teams = collaboratives.findAllById(person.memberships().stream()
                .map(m -> m.collaborativeId()).distinct().toList()).stream()
                .collect(Collectors.toMap(Collaborative::id, Function.identity()));
        var memberships = person.memberships().stream().map(m -> new SubjectAccessExport.MembershipData(m.collaborativeId(),
                teams.containsKey(m.collaborativeId()) ? teams.get(m.collaborativeId()).name() : null, m.cohortId(), m.role(),
                m.joinedOn(), m.leftOn())).toList();
        var coachOf = collaboratives.findByCoachIdsContaining(personId).stream()
                .map(c -> new SubjectAccessExport.CoachingData(c.id(), c.name(), c.cohortId())).toList();
        return new SubjectAccessExport("cohort-service", personId, clock.instant(),
                new SubjectAccessExport.PersonData(person.name(), person.email(), person.jobTitle(), person.organisationOdsCode(),
                        person.roles(), person.erasedAt()),
                memberships, coachOf);
    }
}
