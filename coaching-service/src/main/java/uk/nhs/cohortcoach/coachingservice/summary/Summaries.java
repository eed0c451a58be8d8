package uk.nhs.cohortcoach.coachingservice.summary;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Coaching summaries for a collaborative (programme managers and its coaches) or a whole cohort
 * (programme managers only: a cohort spans collaboratives a coach does not coach).
 */
@Service
public class Summaries {

    private final MongoTemplate mongo;
    private final ReadModel readModel;
    private final Actions actions;

    Summaries(MongoTemplate mongo, ReadModel readModel, Actions actions) {
        this.mongo = mongo;
        this.readModel = readModel;
        this.actions = actions;
    }

    public CoachingSummary ofCollaborative(String collaborativeId, Viewer viewer) {
        boolean manager = viewer.is(Role.PROGRAMME_MANAGER);
        if (!manager && !viewer.is(Role.COACH)) {
            throw new AccessDeniedException("summaries are for programme managers and coaches");
        }
        CollaborativeView collaborative = readModel.collaborative(collaborativeId)
                .orElseThrow(() -> new NotFoundException("collaborative", collaborativeId));
        if (!manager && !collaborative.coachIds().contains(viewer.personId())) {
            throw new AccessDeniedException("coaches see the summaries of the collaboratives they coach");
        }
        return summarise(Criteria.where("collaborativeId").is(collaborativeId), collaborative.plannedCoachingHours());
    }

    public CoachingSummary ofCohort(String cohortId, Viewer viewer) {
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            throw new AccessDeniedException("cohort summaries are for programme managers");
        }
        List<CollaborativeView> collaboratives = mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)),
                CollaborativeView.class);
        if (collaboratives.isEmpty() && readModel.cohort(cohortId).isEmpty()) {
            throw new NotFoundException("cohort", cohortId);
        }
        int planned = collaboratives.stream().mapToInt(CollaborativeView::plannedCoachingHours).sum();
        List<String> ids = collaboratives.stream().map(CollaborativeView::id).toList();
        return summarise(new Criteria().orOperator(Criteria.where("cohortId").is(cohortId),
                Criteria.where("collaborativeId").in(ids)), planned);
    }

    private CoachingSummary summarise(Criteria criteria, int plannedHours) {
        List<Session> sessions = mongo.find(Query.query(criteria), Session.class);
        List<Action> found = mongo.find(Query.query(criteria), Action.class);
        return SummaryArithmetic.summarise(sessions, found, plannedHours, actions.today());
    }
}
