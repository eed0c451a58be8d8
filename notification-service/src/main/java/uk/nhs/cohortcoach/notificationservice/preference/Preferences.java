package uk.nhs.cohortcoach.notificationservice.preference;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads and keeps people's preferences. */
@Component
public class Preferences {

    private final MongoTemplate mongo;

    Preferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Preference of(String personId) {
        Preference stored = mongo.findById(personId, Preference.class);
        return stored == null ? Preference.defaults(personId) : stored;
    }

    /** True when the person has turned reminders off. */
    public boolean remindersOff(String personId) {
        return !of(personId).reminders();
    }
}
