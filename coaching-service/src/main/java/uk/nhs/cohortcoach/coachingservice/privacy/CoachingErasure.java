package uk.nhs.cohortcoach.coachingservice.privacy;

import uk.nhs.cohortcoach.coachingservice.logdraft.LogDraft;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.calendar.CalendarFeed;

/**
 * What erasing a person does here, as idempotent multi-document updates: the actions they own keep
 * their id (so counts add up) but show {@link #ERASED_NAME}; their calendar feeds are revoked. Session
 * ids of coach, invitees and attendees stay: they are pseudonyms once cohort-service has erased the
 * person, and the people read model (which held name and email) drops them itself. Drafts of logs they were writing
 * (as a coach) are deleted.
 */
@Component
class CoachingErasure {

    static final String ERASED_NAME = "Erased person";

    private final MongoTemplate mongo;
    private final Clock clock;

    CoachingErasure(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void erase(String personId) {
        mongo.updateMulti(Query.query(Criteria.where("ownerId").is(personId)), new Update().set("ownerName", ERASED_NAME),
                Action.class);
        mongo.updateMulti(Query.query(Criteria.where("ownerId").is(personId).and("revokedAt").is(null)),
                new Update().set("revokedAt", clock.instant()), CalendarFeed.class);
        mongo.remove(Query.query(Criteria.where("coachId").is(personId)), LogDraft.class); // unsaved typing: nothing to keep
    }
}
