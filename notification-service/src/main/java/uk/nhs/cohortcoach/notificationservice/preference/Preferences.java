package uk.nhs.cohortcoach.notificationservice.preference;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Reads and keeps people's preferences. */
@Component
public class Preferences {

    private final MongoTemplate mongo;
    private final Clock clock;

    Preferences(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Preference of(String personId) {
        Preference stored = mongo.findById(personId, Preference.class);
        return stored == null ? Preference.defaults(personId) : stored;
    }

    /** True when the person has turned reminders off. */
    public boolean remindersOff(String personId) {
        return !of(personId).reminders();
    }

    /** True when the person has opted in to new-resource email. */
    public boolean wantsNewResources(String personId) {
        return of(personId).newResources();
    }

    /** The people who opted in to new-resource email (found by the index on {@code newResources}). */
    public List<String> optedInToNewResources() {
        return mongo.find(Query.query(Criteria.where("newResources").is(true)), Preference.class).stream().map(Preference::personId)
                .toList();
    }

    /** Stores whether the person wants reminders, recording who changed it and when. */
    public Preference change(String personId, boolean reminders, String changedBy) {
        return store(personId, new Update().set("reminders", reminders).setOnInsert("newResources", false), changedBy);
    }

    /** Stores whether the person wants new-resource email, recording who changed it and when. */
    public Preference changeNewResources(String personId, boolean newResources, String changedBy) {
        return store(personId, new Update().set("newResources", newResources).setOnInsert("reminders", true), changedBy);
    }

    private Preference store(String personId, Update update, String changedBy) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(personId)),
                update.set("updatedAt", clock.instant()).set("updatedBy", changedBy),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Preference.class);
    }
}
