package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Finding sessions, each viewer only those they may see: programme managers all; coaches their
 * own and those of collaboratives they coach; participants those they are invited to. Others 404.
 */
@Service
public class SessionQueries {

    private final MongoTemplate mongo;
    private final ReadModel readModel;

    SessionQueries(MongoTemplate mongo, ReadModel readModel) {
        this.mongo = mongo;
        this.readModel = readModel;
    }

    /** The session, if the viewer may see it. */
    public Session get(String id, Viewer viewer) {
        Session session = mongo.findById(id, Session.class);
        if (session == null || session.deleted() || !visible(session, viewer)) {
            throw new NotFoundException("session", id);
        }
        return session;
    }

    public Page<Session> list(SessionFilter filter, PageQuery page, Viewer viewer) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(Criteria.where("status").ne(SessionStatus.DELETED));
        Criteria visibility = visibility(viewer);
        if (visibility != null) {
            parts.add(visibility);
        }
        if (filter.collaborativeId() != null) {
            parts.add(Criteria.where("collaborativeId").is(filter.collaborativeId()));
        }
        if (filter.coachId() != null) {
            parts.add(Criteria.where("coachId").is(filter.coachId()));
        }
        if (filter.seriesId() != null) {
            parts.add(Criteria.where("seriesId").is(filter.seriesId()));
        }
        if (filter.from() != null) {
            parts.add(Criteria.where("endsAt").gt(filter.from().atStartOfDay(SlotRules.LONDON).toInstant()));
        }
        if (filter.to() != null) {
            parts.add(Criteria.where("startsAt").lt(filter.to().plusDays(1).atStartOfDay(SlotRules.LONDON).toInstant()));
        }
        Query query = parts.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(parts));
        return page.find(mongo, query, Session.class);
    }

    private boolean visible(Session session, Viewer viewer) {
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return true;
        }
        String me = viewer.personId();
        if (viewer.is(Role.COACH) && (me.equals(session.coachId()) || readModel.collaborative(session.collaborativeId())
                .map(c -> c.coachIds().contains(me)).orElse(false))) {
            return true;
        }
        return viewer.is(Role.PARTICIPANT) && session.inviteeIds().contains(me);
    }

    /** Null when the viewer sees everything. */
    private Criteria visibility(Viewer viewer) {
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return null;
        }
        String me = viewer.personId();
        List<Criteria> any = new ArrayList<>();
        if (viewer.is(Role.COACH)) {
            any.add(Criteria.where("coachId").is(me));
            List<String> coached = mongo.find(Query.query(Criteria.where("coachIds").is(me)), CollaborativeView.class)
                    .stream().map(CollaborativeView::id).toList();
            if (!coached.isEmpty()) {
                any.add(Criteria.where("collaborativeId").in(coached));
            }
        }
        if (viewer.is(Role.PARTICIPANT)) {
            any.add(Criteria.where("inviteeIds").is(me));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").in(List.of());
        }
        return new Criteria().orOperator(any);
    }

}
