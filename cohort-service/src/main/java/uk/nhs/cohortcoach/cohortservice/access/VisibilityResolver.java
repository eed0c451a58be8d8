package uk.nhs.cohortcoach.cohortservice.access;

import uk.nhs.cohortcoach.platform.support.security.Viewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeRepository;
import uk.nhs.cohortcoach.cohortservice.person.Membership;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.events.Role;

/** Works out a viewer's {@link Visibility} from what they coach and which teams they are in. */
@Component
public class VisibilityResolver {

    private final CollaborativeRepository collaboratives;
    private final PersonRepository people;

    VisibilityResolver(CollaborativeRepository collaboratives, PersonRepository people) {
        this.collaboratives = collaboratives;
        this.people = people;
    }

    public Visibility of(Viewer viewer) {
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return Visibility.of(viewer, Map.of(), List.of());
        }
        Map<String, String> coached = new LinkedHashMap<>();
        if (viewer.is(Role.COACH)) {
            for (Collaborative collaborative : collaboratives.findByCoachIdsContaining(viewer.personId())) {
                coached.put(collaborative.id(), collaborative.cohortId());
            }
        }
        List<String> memberOf = viewer.is(Role.PARTICIPANT)
                ? people.findById(viewer.personId()).map(person -> person.currentMemberships().stream()
                        .map(Membership::collaborativeId).toList()).orElse(List.of())
                : List.of();
        return Visibility.of(viewer, coached, memberOf);
    }

    public Visibility current() {
        return of(Viewer.current());
    }
}
