package uk.nhs.cohortcoach.surveyservice.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class LegacyResponsesIT {

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private LegacyResponses legacy;

    @Test
    void responsesKeptOnePerDocumentMoveIntoTheirCollaborativesListOnceAndTheKeyListsGo() {
        String waveId = "wave-" + UUID.randomUUID();
        String collaborativeId = "collab-" + UUID.randomUUID();
        List<String> ids = List.of("k1-" + UUID.randomUUID(), "k2-" + UUID.randomUUID(), "k3-" + UUID.randomUUID());
        for (String id : ids) {
            mongo.getCollection("responses").insertOne(new Document("_id", id).append("waveId", waveId)
                    .append("collaborativeId", collaborativeId).append("roleCategory", "CHIEF_EXECUTIVE")
                    .append("answers", new Document("sp-1", "UNDERWAY")).append("comments", new Document()));
        }
        mongo.getCollection("result_counts").insertOne(new Document("_id", ResultCounts.idOf(waveId, collaborativeId))
                .append("waveId", waveId).append("collaborativeId", collaborativeId).append("responses", 3L)
                .append("stages", new Document("sp-1", new Document("UNDERWAY", 3L))).append("appliedKeys", ids));

        legacy.migrate();
        legacy.migrate();

        assertThat(mongo.getCollection("responses").countDocuments(new Document("waveId", waveId))).isEqualTo(1);
        CollaborativeResponses all = mongo.findById(CollaborativeResponses.idOf(waveId, collaborativeId), CollaborativeResponses.class);
        assertThat(all.responses()).extracting(Response::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(all.responses()).extracting(Response::roleCategory).as("a lone chief executive's role is not kept")
                .containsOnly("OTHER");
        Document counts = mongo.getCollection("result_counts").find(new Document("_id", ResultCounts.idOf(waveId, collaborativeId))).first();
        assertThat(counts).doesNotContainKey("appliedKeys").containsEntry("responses", 3L);
        assertThat(counts.get("stages", Document.class).get("sp-1", Document.class)).containsExactlyEntriesOf(Map.of("UNDERWAY", 3L));
    }
}
