package uk.nhs.cohortcoach.surveyservice.wave;

import java.util.List;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Upgrades waves stored before each wave had its own reminders: the single reminder still due
 * ({@code autoReminderAt}) becomes the wave's one reminder, and the old field goes. At start-up; safe to repeat.
 */
@Component
class LegacyWaveReminders {

    private final MongoTemplate mongo;

    LegacyWaveReminders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void upgrade() {
        String collection = mongo.getCollectionName(Wave.class);
        for (Document legacy : mongo.find(Query.query(Criteria.where("autoReminderAt").exists(true)), Document.class, collection)) {
            Update update = new Update().unset("autoReminderAt");
            if (legacy.get("autoReminderAt") != null && legacy.get("reminders") == null) {
                update.set("reminders", List.of(new Document("dueAt", legacy.get("autoReminderAt"))
                        .append("state", ScheduledReminder.State.DUE.name())));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(legacy.get("_id"))), update, collection);
        }
    }
}
