package uk.nhs.cohortcoach.surveyservice.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** Storing and counting responses in buckets against the real Mongo wire server: concurrency and a stop between the steps. */
@PlatformIntegrationTest
class ResponseRecorderIT {

    private static final Map<String, Long> EIGHT_LEADS = Map.of("IMPROVEMENT_LEAD", 8L);

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private ResponseRecorder recorder;

    @Autowired
    private StoredResponses stored;

    private final String waveId = "wave-" + UUID.randomUUID();
    private final String collaborativeId = "collab-" + UUID.randomUUID();

    @Test
    void manyConcurrentResponsesInTheSameBucketAreEachStoredAndCountedOnce() throws Exception {
        List<String> ids = idsInBucket(0, 120);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                String stage = i % 3 == 0 ? "UNDERWAY" : "JUST_STARTED";
                done.add(pool.submit(() -> recorder.record(id, waveId, collaborativeId, "IMPROVEMENT_LEAD", EIGHT_LEADS,
                        Map.of("sp-1", stage), Map.of())));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(stored.of(waveId, collaborativeId)).extracting(Response::id).containsExactlyInAnyOrderElementsOf(ids);
        Document bucket = bucket(0);
        assertThat(bucket.get("count")).isEqualTo(120L);
        assertThat(bucket.getList("uncounted", Document.class)).isEmpty();
        ResultCounts counts = counts();
        assertThat(counts.responses()).isEqualTo(120);
        assertThat(counts.stages().get("sp-1")).containsExactlyInAnyOrderEntriesOf(Map.of("UNDERWAY", 40L, "JUST_STARTED", 80L));
        assertThat(counts.roles().get("IMPROVEMENT_LEAD").responses()).isEqualTo(120);
        assertThat(counts.counted()).containsEntry("0", 120L);
    }

    @Test
    void aResponseStoredButNotCountedWhenTheServiceStoppedIsCountedOnceWhenRecordedAgain() {
        String id = idsInBucket(5, 1).get(0);
        recorder.record(idsInBucket(5, 1).get(0), waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "UNDERWAY"), Map.of());
        // as if the service stopped between storing and counting
        recorder.store(waveId, collaborativeId, 5, new Document("_id", id).append("roleCategory", "OTHER")
                .append("answers", new Document("sp-1", "FULLY_EMBEDDED")).append("comments", new Document()));
        assertThat(counts().responses()).isEqualTo(1);

        recorder.record(id, waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "FULLY_EMBEDDED"), Map.of());
        recorder.record(id, waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "FULLY_EMBEDDED"), Map.of());

        assertThat(stored.of(waveId, collaborativeId)).hasSize(2);
        assertThat(counts().responses()).isEqualTo(2);
        assertThat(counts().stages().get("sp-1")).containsExactlyInAnyOrderEntriesOf(Map.of("UNDERWAY", 1L, "FULLY_EMBEDDED", 1L));
        assertThat(bucket(5).getList("uncounted", Document.class)).isEmpty();
    }

    @Test
    void aResponseCountedButStillWaitingInItsBucketWhenTheServiceStoppedIsNotCountedAgain() {
        String id = idsInBucket(9, 1).get(0);
        recorder.record(id, waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "UNDERWAY"), Map.of());
        // as if the service stopped after counting, before taking the response off the bucket's uncounted list
        mongo.getCollection("response_buckets").updateOne(new Document("_id", ResponseBuckets.idOf(waveId, collaborativeId, 9)),
                new Document("$push", new Document("uncounted", new Document("_id", id).append("roleCategory", "OTHER")
                        .append("answers", new Document("sp-1", "UNDERWAY")))));

        recorder.record(id, waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "UNDERWAY"), Map.of());

        assertThat(counts().responses()).isEqualTo(1);
        assertThat(bucket(9).getList("uncounted", Document.class)).isEmpty();
    }

    @Test
    void everyBucketOfACollaborativeIsMadeWithItsFirstResponseInBucketOrder() {
        recorder.record(idsInBucket(40, 1).get(0), waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "UNDERWAY"), Map.of());

        List<Document> buckets = mongo.getCollection("response_buckets").find(new Document("collaborativeId", collaborativeId))
                .into(new ArrayList<>());
        assertThat(buckets).extracting(b -> b.getInteger("bucket")).as("natural order is bucket order, whoever answered first")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, ResponseBuckets.COUNT).boxed().toList());
        assertThat(buckets).filteredOn(b -> !b.getList("responses", Document.class).isEmpty()).singleElement()
                .satisfies(b -> assertThat(b.getInteger("bucket")).isEqualTo(40));
    }

    @Test
    void countsWrittenBeforeTheRoleBreakdownGetItFromTheirCollaborativesSingleDocumentOnce() {
        mongo.insert(new CollaborativeResponses(CollaborativeResponses.idOf(waveId, collaborativeId), waveId, collaborativeId,
                List.of(new Response("a", "CHAIR", Map.of("sp-1", "UNDERWAY"), Map.of()),
                        new Response("b", null, Map.of("sp-1", "UNDERWAY"), Map.of())), 2));
        mongo.insert(new ResultCounts(ResultCounts.idOf(waveId, collaborativeId), waveId, collaborativeId, 2,
                Map.of("sp-1", Map.of("UNDERWAY", 2L))));

        recorder.record(idsInBucket(3, 1).get(0), waveId, collaborativeId, "OTHER", Map.of(), Map.of("sp-1", "JUST_STARTED"), Map.of());

        ResultCounts counts = counts();
        assertThat(counts.current()).isTrue();
        assertThat(counts.responses()).isEqualTo(3);
        assertThat(counts.roles().get("CHAIR").responses()).isEqualTo(1);
        assertThat(counts.roles().get("OTHER").responses()).as("none stored counts as OTHER, and the new one").isEqualTo(2);
        assertThat(stored.of(waveId, collaborativeId)).hasSize(3);
    }

    private static List<String> idsInBucket(int bucket, int n) {
        List<String> ids = new ArrayList<>();
        while (ids.size() < n) {
            String id = UUID.randomUUID().toString();
            if (ResponseBuckets.bucketOf(id) == bucket) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Document bucket(int b) {
        return mongo.getCollection("response_buckets").find(new Document("_id", ResponseBuckets.idOf(waveId, collaborativeId, b))).first();
    }

    private ResultCounts counts() {
        return mongo.findById(ResultCounts.idOf(waveId, collaborativeId), ResultCounts.class);
    }
}
