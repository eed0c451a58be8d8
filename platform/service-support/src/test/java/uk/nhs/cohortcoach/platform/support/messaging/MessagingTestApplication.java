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

    /** Writes an enrolment through the outbox, as a service's command endpoint would. */
    @org.springframework.web.bind.annotation.RestController
    static class EnrolmentController {

        private final uk.nhs.cohortcoach.platform.support.outbox.Outbox outbox;

        EnrolmentController(uk.nhs.cohortcoach.platform.support.outbox.Outbox outbox) {
            this.outbox = outbox;
        }

        @org.springframework.web.bind.annotation.PostMapping("/enrolments/{id}")
        void enrol(@org.springframework.web.bind.annotation.PathVariable String id) {
            outbox.insert(new Enrolment(id, "Phase 2", null, null), new uk.nhs.cohortcoach.platform.events.cohort.CohortCreated(
                    java.util.UUID.randomUUID(), java.time.Instant.now(), id, "Phase 2", 2, "coaching",
                    java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 9, 30), "PLANNED"));
        }
    }

    /** Records, per aggregate, the trace id a consumer of the cohort topic runs in. */
    @Component
    static class TraceRecordingListener {

        final ConcurrentHashMap<String, String> traceIds = new ConcurrentHashMap<>();
        private final EventInbox inbox;
        private final io.micrometer.tracing.Tracer tracer;

        TraceRecordingListener(EventInbox inbox, io.micrometer.tracing.Tracer tracer) {
            this.inbox = inbox;
            this.tracer = tracer;
        }

        @KafkaListener(topics = uk.nhs.cohortcoach.platform.events.Topics.COHORT, groupId = "trace-test")
        void on(String record) {
            inbox.receive("trace-test", record, (event, envelope) -> {
                io.micrometer.tracing.Span span = tracer.currentSpan();
                traceIds.put(event.aggregateId(), span == null ? "none" : span.context().traceId());
            });
        }
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
