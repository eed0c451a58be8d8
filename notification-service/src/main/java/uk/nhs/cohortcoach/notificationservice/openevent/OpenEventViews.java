package uk.nhs.cohortcoach.notificationservice.openevent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The store of {@link OpenEventView}s and {@link Registration}s, kept by the hub topic's listener before it owes any
 * email, so a rule always sees the registrations the events before it told of (one event's registrations come in
 * order on its key). Every write is an idempotent upsert by id.
 */
@Component
public class OpenEventViews {

    private final MongoTemplate mongo;
    private final OpenEventSettings settings;

    OpenEventViews(MongoTemplate mongo, OpenEventSettings settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    public Optional<OpenEventView> event(String openEventId) {
        return Optional.ofNullable(mongo.findById(openEventId, OpenEventView.class));
    }

    public Optional<Registration> registration(String registrationId) {
        return Optional.ofNullable(mongo.findById(registrationId, Registration.class));
    }

    /** Every registration of the event, in id order. */
    List<Registration> registrationsOf(String openEventId) {
        return mongo.find(Query.query(Criteria.where("openEventId").is(openEventId)), Registration.class).stream()
                .sorted(java.util.Comparator.comparing(Registration::id)).toList();
    }

    List<Registration> registrations(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Registration.class).stream()
                .sorted(java.util.Comparator.comparing(Registration::id)).toList();
    }

    /**
     * Stores the description unless the stored one is as new or newer; its registrations then expire with it. A
     * cancelled event stays cancelled.
     *
     * @return whether it was stored
     */
    boolean keep(String openEventId, String title, Instant startsAt, Instant endsAt, String timeZone, String joiningLink,
            int sequence, boolean cancelled) {
        OpenEventView stored = mongo.findById(openEventId, OpenEventView.class);
        Instant end = endsAt != null ? endsAt : stored == null ? startsAt : stored.endsAt();
        OpenEventView view = new OpenEventView(openEventId, title, startsAt, end, timeZone,
                joiningLink != null || stored == null ? joiningLink : stored.joiningLink(), sequence,
                cancelled || (stored != null && stored.cancelled()),
                settings.expiryOf(end));
        if (!view.supersedes(stored)) {
            return false;
        }
        mongo.save(view);
        mongo.updateMulti(Query.query(Criteria.where("openEventId").is(openEventId)), new Update().set("expiresAt", view.expiresAt()),
                Registration.class);
        return true;
    }

    /** A place or a waiting-list entry, as its event told it: name, address, status, position. */
    Registration register(String openEventId, String registrationId, String name, String email, String status, int position) {
        Instant expiresAt = event(openEventId).map(OpenEventView::expiresAt).orElse(null);
        Update update = new Update().set("openEventId", openEventId).set("name", name).set("email", email).set("status", status)
                .set("position", position).set("expiresAt", expiresAt).setOnInsert("attended", false);
        mongo.upsert(Query.query(Criteria.where("_id").is(registrationId)), update, Registration.class);
        return mongo.findById(registrationId, Registration.class);
    }

    /** Marks the registration cancelled; empty when it is not known. */
    Optional<Registration> cancel(String registrationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(registrationId)), new Update().set("status", Registration.CANCELLED),
                Registration.class);
        return registration(registrationId);
    }

    void attended(Collection<String> registrationIds) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(registrationIds)), new Update().set("attended", true),
                Registration.class);
    }
}
