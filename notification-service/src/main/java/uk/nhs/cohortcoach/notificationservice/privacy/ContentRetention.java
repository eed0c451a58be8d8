package uk.nhs.cohortcoach.notificationservice.privacy;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Message;

/**
 * Removes what old messages said: a message completed (delivered, failed or withdrawn) longer ago than
 * the retention keeps its delivery-log row (purpose, status, times, ids, so the log and its counts stay
 * true) and loses its personalisation and invitation link. A scheduled job rather than a TTL index,
 * because a TTL index can only delete whole documents; the query runs on the sparse index on
 * {@code completedAt}. Pending messages (no {@code completedAt}) are never touched. Idempotent, so
 * every replica may run it.
 */
@Component
class ContentRetention {

    private static final Logger log = LoggerFactory.getLogger(ContentRetention.class);

    private final MongoTemplate mongo;
    private final RetentionProperties properties;
    private final Clock clock;

    ContentRetention(MongoTemplate mongo, RetentionProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cohort-coach.notifications.retention.check-interval:PT1H}", initialDelayString = "PT1M")
    void scheduled() {
        removeExpiredContent();
    }

    /** @return how many messages lost their content */
    long removeExpiredContent() {
        Instant cutoff = clock.instant().minus(properties.content());
        Query expired = Query.query(Criteria.where("completedAt").lt(cutoff)
                .orOperator(Criteria.where("personalisation").exists(true), Criteria.where("invitationId").exists(true)));
        long removed = mongo.updateMulti(expired, NotificationErasure.withoutContent(clock.instant()), Message.class)
                .getModifiedCount();
        if (removed > 0) {
            log.info("removed the content of {} messages completed before {}", removed, cutoff);
        }
        return removed;
    }

}
