package uk.nhs.cohortcoach.notificationservice.preference;

import java.time.Clock;
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

    /** Stores whether the person wants reminders, recording who changed it and when. */
    public Preference change(String personId, boolean reminders, String changedBy) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(personId)),
                new Update().set("reminders", reminders).set("updatedAt", clock.instant()).set("updatedBy", changedBy),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Preference.class);
    }
}
