package uk.nhs.cohortcoach.platform.support.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One page of the {@link OutboxRelay}'s work, as its plan decided it: every send first, then the acks in order, then
 * one pull per document and one delete of the pointers that are done. A pointer to remove is removed only when the
 * whole page was sent, since its removal may count on an event of this page having left.
 */
final class RelayPage {

    private record Publication(PendingWrite pointer, List<OutboxEntry> entries) {
    }

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final TraceCarrier trace;
    private final Duration sendTimeout;
    private final RecentlyPublished published;
    private final List<Publication> publications = new ArrayList<>();
    private final List<PendingWrite> removals = new ArrayList<>();
    private int kept;

    RelayPage(MongoTemplate mongo, KafkaTemplate<String, String> kafka, TraceCarrier trace, Duration sendTimeout,
            RecentlyPublished published) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.trace = trace;
        this.sendTimeout = sendTimeout;
        this.published = published;
    }

    /** A pointer whose write may still be in flight: stepped over. */
    void keep() {
        kept++;
    }

    int kept() {
        return kept;
    }

    /** A pointer with nothing left to publish. */
    void remove(PendingWrite pointer) {
        removals.add(pointer);
    }

    /** Entries of the pointer's document to send, in its array's order. */
    void publish(PendingWrite pointer, List<OutboxEntry> entries) {
        publications.add(new Publication(pointer, entries));
    }

    /** Sends every planned entry, waits for the acks in order, pulls what left from its documents, deletes finished pointers; answers how many were sent. */
    int send() {
        List<OutboxEntry> entries = publications.stream().flatMap(p -> p.entries().stream()).toList();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        RuntimeException failure = null;
        for (OutboxEntry entry : entries) {
            try {
                sends.add(trace.continueTrace(entry.trace(), "outbox relay", () -> kafka.send(entry.toRecord())));
            } catch (RuntimeException e) {
                failure = new IllegalStateException("publishing " + entry.type() + " failed: " + e.getMessage(), e);
                break;
            }
        }
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                sent.add(entries.get(i).eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while publishing", e);
                break;
            } catch (Exception e) {
                failure = new IllegalStateException("publishing " + entries.get(i).type() + " failed: " + e.getMessage(), e);
                break;
            }
        }
        Map<String, Map<Object, List<String>>> pulls = new LinkedHashMap<>();
        List<ObjectId> done = new ArrayList<>();
        for (Publication publication : publications) {
            List<String> ids = publication.entries().stream().map(OutboxEntry::eventId).filter(sent::contains).toList();
            if (!ids.isEmpty()) {
                pulls.computeIfAbsent(publication.pointer().collection(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(publication.pointer().documentId(), d -> new ArrayList<>()).addAll(ids);
            }
            if (ids.size() == publication.entries().size()) {
                done.add(publication.pointer().id());
            }
        }
        pulls.forEach((collection, byDocument) -> mongo.execute(collection, c -> c.bulkWrite(byDocument.entrySet().stream()
                .map(pull -> new UpdateOneModel<Document>(Filters.eq("_id", pull.getKey()), Updates.pullByFilter(
                        new Document(OutboxEntry.FIELD, new Document("eventId", new Document("$in", pull.getValue()))))))
                .toList())));
        sent.forEach(published::add);
        if (failure == null) { // a removal may count on an event of this page having left
            removals.forEach(pointer -> done.add(pointer.id()));
        }
        if (!done.isEmpty()) {
            mongo.execute(PendingWrite.COLLECTION, c -> c.deleteMany(Filters.in("_id", done)));
        }
        if (failure != null) {
            throw failure;
        }
        return sent.size();
    }
}
