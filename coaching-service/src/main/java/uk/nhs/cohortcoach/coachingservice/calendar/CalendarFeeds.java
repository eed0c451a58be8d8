package uk.nhs.cohortcoach.coachingservice.calendar;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Creates, lists and revokes calendar feeds, and renders a feed for its secret token. A coach may
 * subscribe to their own sessions and to those of the collaboratives they coach; a programme
 * manager to anyone's.
 */
@Service
public class CalendarFeeds {

    /** What a feed shows of the past: sessions that started up to this long ago, and everything after. */
    static final Duration HISTORY = Duration.ofDays(90);

    /** A feed just created: the only time its URL (with the token) is told. */
    public record Created(CalendarFeed feed, String token) {
    }

    private final MongoTemplate mongo;
    private final ReadModel readModel;
    private final ReadModelLag lag;
    private final Clock clock;

    CalendarFeeds(MongoTemplate mongo, ReadModel readModel, ReadModelLag lag, Clock clock) {
        this.lag = lag;
        this.mongo = mongo;
        this.readModel = readModel;
        this.clock = clock;
    }

    public Created create(Viewer viewer, FeedKind kind, String subjectId) {
        checkMayCreate(viewer, kind, subjectId);
        String token = FeedTokens.generate();
        CalendarFeed feed = mongo.insert(new CalendarFeed(UUID.randomUUID().toString(), FeedTokens.hash(token), kind, subjectId,
                viewer.personId(), clock.instant(), null));
        return new Created(feed, token);
    }

    public List<CalendarFeed> list(Viewer viewer) {
        return mongo.find(Query.query(Criteria.where("ownerId").is(viewer.personId()).and("revokedAt").is(null))
                .with(Sort.by("createdAt")), CalendarFeed.class);
    }

    /** Revokes a feed of the viewer's (a programme manager may revoke any); 404 when there is none to revoke. */
    public void revoke(Viewer viewer, String id) {
        Criteria which = Criteria.where("_id").is(id).and("revokedAt").is(null);
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            which = which.and("ownerId").is(viewer.personId());
        }
        if (mongo.updateFirst(Query.query(which), Update.update("revokedAt", clock.instant()), CalendarFeed.class)
                .getMatchedCount() == 0) {
            throw new NotFoundException("calendar feed", id);
        }
    }

    /** The calendar of a live feed; 404 for a token that is unknown or revoked. */
    public String render(String token) {
        CalendarFeed feed = FeedTokens.wellFormed(token)
                ? mongo.findOne(Query.query(Criteria.where("tokenHash").is(FeedTokens.hash(token)).and("revokedAt").is(null)),
                        CalendarFeed.class)
                : null;
        if (feed == null) {
            throw new NotFoundException("calendar feed");
        }
        String field = feed.kind() == FeedKind.COACH ? "coachId" : "collaborativeId";
        List<Session> sessions = mongo.find(Query.query(Criteria.where(field).is(feed.subjectId())
                .and("startsAt").gte(clock.instant().minus(HISTORY)).and("status").ne(SessionStatus.DELETED))
                .with(Sort.by("startsAt", "_id")), Session.class);
        return SessionCalendar.write(name(feed), sessions, clock.instant());
    }

    private String name(CalendarFeed feed) {
        if (feed.kind() == FeedKind.COACH) {
            return "Coaching sessions: " + readModel.person(feed.subjectId()).map(PersonView::name).orElse("coach");
        }
        return "Coaching sessions: " + readModel.collaborative(feed.subjectId()).map(CollaborativeView::name).orElse("collaborative");
    }

    private void checkMayCreate(Viewer viewer, FeedKind kind, String subjectId) {
        boolean manager = viewer.is(Role.PROGRAMME_MANAGER);
        if (kind == FeedKind.COACH) {
            if (subjectId.equals(viewer.personId()) && (manager || viewer.is(Role.COACH))) {
                return;
            }
            if (!manager) {
                throw new AccessDeniedException("a coach subscribes to their own sessions only");
            }
            if (lag.awaitPresent(() -> readModel.person(subjectId).filter(PersonView::isCoach)).isEmpty()) {
                throw InvalidFieldsException.of("subjectId", "Select a coach for the calendar feed");
            }
            return;
        }
        CollaborativeView collaborative = lag.awaitPresent(() -> readModel.collaborative(subjectId)).orElse(null);
        if (collaborative == null) {
            if (!manager) {
                throw new AccessDeniedException("a coach subscribes to the collaboratives they coach only");
            }
            throw InvalidFieldsException.of("subjectId", "Select a collaborative for the calendar feed");
        }
        if (!manager && !(viewer.is(Role.COACH) && collaborative.coachIds().contains(viewer.personId()))) {
            throw new AccessDeniedException("a coach subscribes to the collaboratives they coach only");
        }
    }
}
