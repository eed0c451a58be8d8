package uk.nhs.cohortcoach.coachingservice.action;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Whose actions a viewer sees, from the read model: programme managers every collaborative's,
 * coaches those of the collaboratives they coach, participants those of the collaboratives they are
 * currently in. Someone with several roles gets the union.
 */
@Component
public class ActionAccess {

    private final MongoTemplate mongo;
    private final ReadModel readModel;

    ActionAccess(MongoTemplate mongo, ReadModel readModel) {
        this.mongo = mongo;
        this.readModel = readModel;
    }

    /** What a viewer may see: {@code everything}, or these collaboratives. */
    public record Scope(boolean everything, Set<String> collaboratives) {

        public boolean includes(String collaborativeId) {
            return everything || collaboratives.contains(collaborativeId);
        }
    }

    public Scope of(Viewer viewer) {
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return new Scope(true, Set.of());
        }
        Set<String> collaboratives = new LinkedHashSet<>();
        if (viewer.is(Role.COACH)) {
            collaboratives.addAll(coached(viewer.personId()));
        }
        if (viewer.is(Role.PARTICIPANT)) {
            readModel.person(viewer.personId()).ifPresent(person -> collaboratives.addAll(person.currentCollaborativeIds()));
        }
        return new Scope(false, Set.copyOf(collaboratives));
    }

    /** The collaboratives a person coaches. */
    public Set<String> coached(String coachId) {
        Set<String> ids = new LinkedHashSet<>();
        mongo.find(Query.query(Criteria.where("coachIds").is(coachId)), CollaborativeView.class)
                .forEach(collaborative -> ids.add(collaborative.id()));
        return ids;
    }

    /** Whether the person is one of the collaborative's coaches. */
    public boolean coaches(String personId, String collaborativeId) {
        return readModel.collaborative(collaborativeId).map(c -> c.coachIds().contains(personId)).orElse(false);
    }

    /** Managers, the collaborative's coaches and the action's owner may complete it, and reopen it. */
    public boolean mayComplete(Viewer viewer, Action action) {
        return mayManage(viewer, action) || viewer.personId().equals(action.ownerId());
    }

    /** Managers and the collaborative's coaches may edit and reassign it (the owner may not: what was agreed is theirs to change). */
    public boolean mayManage(Viewer viewer, Action action) {
        return viewer.is(Role.PROGRAMME_MANAGER)
                || viewer.is(Role.COACH) && coaches(viewer.personId(), action.collaborativeId());
    }
}
