package uk.nhs.cohortcoach.platform.support.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/** A minimal service: one aggregate written through the outbox, one listener reading through the inbox. */
@SpringBootApplication
class MessagingTestApplication {

    static final String TOPIC = "inbox-test.events.v1";

    /** A stand-in aggregate with optimistic locking. */
    @Document("outbox_test_enrolments")
    record Enrolment(@Id String id, String name, String note, @Version Long version) {
    }

    @Bean
    NewTopic inboxTestTopic() {
        return new NewTopic(TOPIC, 1, (short) 1);
    }

    @Bean
    NewTopic inboxTestDeadLetterTopic() {
        return new NewTopic(TOPIC + ".DLT", 1, (short) 1);
    }

    /** Counts, per aggregate, how often the handler's effect happened (in MongoDB) and was attempted (in memory). */
    @Component
    static class CountingListener {

        final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        final ConcurrentHashMap<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        private final EventInbox inbox;
        private final MongoTemplate mongo;

        CountingListener(EventInbox inbox, MongoTemplate mongo) {
            this.inbox = inbox;
            this.mongo = mongo;
        }

        @KafkaListener(topics = TOPIC, groupId = "inbox-test")
        void on(String record) {
            deliveries.computeIfAbsent(record, r -> new AtomicInteger()).incrementAndGet();
            inbox.receive("inbox-test.counter", record, (event, envelope) -> {
                attempts.computeIfAbsent(event.aggregateId(), id -> new AtomicInteger()).incrementAndGet();
                if (failing.contains(event.aggregateId())) {
                    throw new IllegalStateException("handler failed for " + event.aggregateId());
                }
                mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())),
                        new Update().inc("effects", 1), "inbox_test_effects");
            });
        }

        int effects(String aggregateId) {
            org.bson.Document document = mongo.findById(aggregateId, org.bson.Document.class, "inbox_test_effects");
            return document == null ? 0 : document.getInteger("effects");
        }
    }
}
