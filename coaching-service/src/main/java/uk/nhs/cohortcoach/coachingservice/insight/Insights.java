package uk.nhs.cohortcoach.coachingservice.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * A cohort's insights over a period (programme managers only): its sessions (by the cohort, or by a collaborative of
 * the cohort, as the cohort summary finds them) that started from {@code from} to {@code to}, London days, both
 * included; either end may be left open.
 */
@Service
public class Insights {

    private static final ZoneId LONDON = ZoneId.of(Session.LONDON);

    private final MongoTemplate mongo;
    private final ReadModel readModel;

    Insights(MongoTemplate mongo, ReadModel readModel) {
        this.mongo = mongo;
        this.readModel = readModel;
    }

    public CohortInsights of(String cohortId, LocalDate from, LocalDate to, Viewer viewer) {
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            throw new AccessDeniedException("cohort insights are for programme managers");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidFieldsException.of("to", "The end date must be the same as or after the start date");
        }
        List<String> ids = mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)), CollaborativeView.class).stream()
                .map(CollaborativeView::id).toList();
        if (ids.isEmpty() && readModel.cohort(cohortId).isEmpty()) {
            throw new NotFoundException("cohort", cohortId);
        }
        Criteria ofCohort = new Criteria().orOperator(Criteria.where("cohortId").is(cohortId), Criteria.where("collaborativeId").in(ids));
        Criteria criteria = ofCohort;
        if (from != null || to != null) {
            Criteria when = Criteria.where("startsAt");
            if (from != null) {
                when = when.gte(from.atStartOfDay(LONDON).toInstant());
            }
            if (to != null) {
                when = when.lt(to.plusDays(1).atStartOfDay(LONDON).toInstant());
            }
            criteria = new Criteria().andOperator(ofCohort, when);
        }
        return InsightArithmetic.of(mongo.find(Query.query(criteria), Session.class));
    }
}
