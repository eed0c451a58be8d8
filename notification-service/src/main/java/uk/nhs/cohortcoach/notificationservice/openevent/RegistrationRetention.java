package uk.nhs.cohortcoach.notificationservice.openevent;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the registrations (names and addresses) and views of open events that ended longer ago than the retention.
 * Each document carries {@code expiresAt} (the event's end plus the retention) under a TTL index, which real MongoDB
 * acts on alone; this sweep does the same where the database keeps the index but never expires anything (the Mongo
 * wire server of the local stack and tests). Idempotent, so every replica may run it.
 */
@Component
class RegistrationRetention {

    private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    RegistrationRetention(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cohort-coach.notifications.retention.check-interval:PT1H}", initialDelayString = "PT1M")
    void scheduled() {
        eraseExpired();
    }

    /** @return how many registrations were erased */
    long eraseExpired() {
        Instant now = clock.instant();
        long registrations = mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), Registration.class).getDeletedCount();
        long events = mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), OpenEventView.class).getDeletedCount();
        if (registrations + events > 0) {
            log.info("erased {} registrations and {} open events that ended before the retention", registrations, events);
        }
        return registrations;
    }
}
