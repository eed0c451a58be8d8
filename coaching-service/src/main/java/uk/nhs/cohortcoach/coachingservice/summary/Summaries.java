package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
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
    private final Clock clock;

    Summaries(MongoTemplate mongo, ReadModel readModel, Actions actions, Clock clock) {
        this.mongo = mongo;
        this.readModel = readModel;
        this.actions = actions;
        this.clock = clock;
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

    /**
     * A cohort's figures per collaborative in one answer (two reads of sessions and actions, whatever the number of
     * collaboratives): programme managers every collaborative and the whole cohort; a coach only the collaboratives
     * they coach (the others are absent, not zeroed) and no cohort row. Participants 403; a cohort the read model does
     * not hold (nor any collaborative of it) 404.
     */
    public CohortFigures byCollaborative(String cohortId, Viewer viewer) {
        boolean manager = viewer.is(Role.PROGRAMME_MANAGER);
        if (!manager && !viewer.is(Role.COACH)) {
            throw new AccessDeniedException("summaries are for programme managers and coaches");
        }
        List<CollaborativeView> all = mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)), CollaborativeView.class);
        CohortView cohort = readModel.cohort(cohortId).orElse(null);
        if (all.isEmpty() && cohort == null) {
            throw new NotFoundException("cohort", cohortId);
        }
        List<CollaborativeView> shown = all.stream()
                .filter(c -> manager || c.coachIds().contains(viewer.personId()))
                .sorted(Comparator.comparing(CollaborativeView::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CollaborativeView::id))
                .toList();
        List<String> ids = shown.stream().map(CollaborativeView::id).toList();
        boolean wholeCohort = manager;
        Criteria criteria = wholeCohort ? new Criteria().orOperator(Criteria.where("cohortId").is(cohortId),
                Criteria.where("collaborativeId").in(ids)) : Criteria.where("collaborativeId").in(ids);
        List<Session> sessions = ids.isEmpty() && !wholeCohort ? List.of() : mongo.find(Query.query(criteria), Session.class);
        List<Action> found = ids.isEmpty() && !wholeCohort ? List.of() : mongo.find(Query.query(criteria), Action.class);
        Map<String, List<Session>> sessionsOf = sessions.stream().filter(s -> s.collaborativeId() != null)
                .collect(Collectors.groupingBy(Session::collaborativeId));
        Map<String, List<Action>> actionsOf = found.stream().filter(a -> a.collaborativeId() != null)
                .collect(Collectors.groupingBy(Action::collaborativeId));
        LocalDate today = actions.today();
        Instant now = clock.instant();
        LocalDate start = cohort == null ? null : cohort.startDate();
        LocalDate end = cohort == null ? null : cohort.endDate();
        List<SummaryRow> rows = new ArrayList<>();
        for (CollaborativeView c : shown) {
            rows.add(row(c.id(), c.name(), sessionsOf.getOrDefault(c.id(), List.of()), actionsOf.getOrDefault(c.id(), List.of()),
                    c.plannedCoachingHours(), start, end, today, now, true));
        }
        SummaryRow total = wholeCohort ? row(null, cohort == null ? null : cohort.name(), sessions, found,
                shown.stream().mapToInt(CollaborativeView::plannedCoachingHours).sum(), start, end, today, now, false) : null;
        return new CohortFigures(cohortId, start, end, today, total, rows);
    }

    private static SummaryRow row(String id, String name, List<Session> sessions, List<Action> actions, int plannedHours,
            LocalDate start, LocalDate end, LocalDate today, Instant now, boolean flag) {
        CoachingSummary figures = SummaryArithmetic.summarise(sessions, actions, plannedHours, today);
        BigDecimal expected = PlanRules.expectedByNow(plannedHours, start, end, today);
        List<OverdueLog> overdue = SummaryArithmetic.overdueLogs(sessions, now);
        List<Attention> attention = flag ? AttentionRules.of(SummaryArithmetic.recentPauses(sessions), overdue,
                figures.hoursDelivered(), expected, figures.overdueActions()) : List.of();
        return new SummaryRow(id, name, figures, expected, overdue.size(), flag ? overdue : List.of(), attention);
    }
}
