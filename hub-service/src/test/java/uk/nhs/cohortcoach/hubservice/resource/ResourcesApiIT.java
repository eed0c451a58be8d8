package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** The life cycle through the running service: stored, announced on hub.events.v1, refused in words. */
@PlatformIntegrationTest
class ResourcesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Resources resources;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    uk.nhs.cohortcoach.hubservice.search.SearchIndex index;

    private Http http;
    private ResourceApi api;

    @BeforeEach
    void client() {
        http = new Http(port);
        api = new ResourceApi(http);
    }

    @Test
    void aDraftIsPublishedEditedArchivedAndPublishedAgainAnnouncingEachOnTheHubTopic() {
        try (KafkaTestConsumer hub = KafkaTestConsumer.onSharedBroker(Topics.HUB)) {
            JsonNode draft = api.draft(ResourceApi.resource("Life cycle " + UUID.randomUUID(), "Summary", "# Body\n\n<script>x</script>",
                    "MEMBERS", null));
            String id = draft.path("id").asString();
            assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.path("bodyHtml").asString()).startsWith("<h1>Body</h1>").doesNotContain("<script");
            JsonNode published = api.publish(id, draft.path("version").asLong());
            assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
            assertThat(published.path("publishedAt").isNull()).isFalse();

            Map<String, Object> edited = ResourceApi.resource("Edited title", "New summary", "Body", "MEMBERS", null);
            edited.put("version", published.path("version").asLong());
            HttpResponse<String> put = http.put("/api/resources/" + id, ResourceApi.MANAGER, Http.JSON.writeValueAsString(edited));
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            assertThat(Http.json(put).path("status").asString()).isEqualTo("PUBLISHED");

            JsonNode archived = api.archive(id, Http.json(put).path("version").asLong());
            api.publish(id, archived.path("version").asLong());

            List<String> types = hub.await(r -> id.equals(r.key()), 4, Duration.ofSeconds(30)).stream()
                    .map(r -> Http.JSON.readTree(r.value()).path("type").asString()).toList();
            assertThat(types).containsExactly("ResourcePublished", "ResourcePublished", "ResourceArchived", "ResourcePublished");
        }
    }

    @Test
    void aStaleVersionIsRefusedAsChangedBySomeoneElse() {
        JsonNode draft = api.draft(ResourceApi.resource("Stale " + UUID.randomUUID(), "Summary", "", "EVERYONE", null));
        String id = draft.path("id").asString();
        api.publish(id, draft.path("version").asLong());
        assertThatProblem(http.post("/api/resources/" + id + "/archive", ResourceApi.MANAGER, "{\"version\":" + draft.path("version").asLong() + "}"))
                .hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION);
    }

    @Test
    void forbiddenMovesAreRefusedWith409InWords() {
        JsonNode draft = api.draft(ResourceApi.resource("Forbidden " + UUID.randomUUID(), null, "", "EVERYONE", null));
        String id = draft.path("id").asString();
        long version = draft.path("version").asLong();
        assertThatProblem(http.post("/api/resources/" + id + "/archive", ResourceApi.MANAGER, "{\"version\":" + version + "}"))
                .hasStatus(409).hasDetailContaining("never published").hasReason("draft-not-archivable");
        assertThatProblem(http.post("/api/resources/" + id + "/publish", ResourceApi.MANAGER, "{\"version\":" + version + "}"))
                .hasStatus(409).hasDetailContaining("Add a summary").hasReason("summary-missing");
        assertThatProblem(http.post("/api/resources/no-such/publish", ResourceApi.MANAGER, "{\"version\":0}")).hasStatus(404);
    }

    @Test
    void programmeManagersListEveryStatusAndFilterByOne() {
        JsonNode draft = api.draft(ResourceApi.resource("Manage " + UUID.randomUUID(), "S", "", "EVERYONE", null));
        JsonNode published = api.published(ResourceApi.resource("Manage " + UUID.randomUUID(), "S", "", "EVERYONE", null));
        List<String> all = ResourceApi.ids(http.get("/api/resources/manage", ResourceApi.MANAGER));
        assertThat(all).contains(draft.path("id").asString(), published.path("id").asString());
        List<String> drafts = ResourceApi.ids(http.get("/api/resources/manage?status=DRAFT", ResourceApi.MANAGER));
        assertThat(drafts).contains(draft.path("id").asString()).doesNotContain(published.path("id").asString());
        assertThat(Http.json(http.get("/api/resources/manage", ResourceApi.MANAGER)).path("items").get(0).has("status")).isTrue();
    }

    @Test
    void aRecordingIsPublishedOncePerOpenEventAndUpdatedInPlaceAfterwards() {
        String openEventId = "open-event-" + UUID.randomUUID();
        Instant now = Instant.now();
        String first = resources.publishRecording(openEventId, "Reducing waits equitably", "The webinar",
                "https://video.example/1", 55, now);
        String second = resources.publishRecording(openEventId, "Reducing waits equitably", "The webinar, with slides",
                "https://video.example/2", 57, now.plusSeconds(60));
        assertThat(second).isEqualTo(first);
        assertThat(mongo.count(Query.query(Criteria.where("openEventId").is(openEventId)), Resource.class)).isEqualTo(1);
        Resource recording = resources.get(first);
        assertThat(recording.status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(recording.content().kind()).isEqualTo(ResourceKind.EVENT_RECORDING);
        assertThat(recording.content().audience()).isEqualTo(Audience.EVERYONE);
        assertThat(recording.content().summary()).isEqualTo("The webinar, with slides");
        assertThat(recording.content().recording()).isEqualTo(new Recording("https://video.example/2", 57));
        assertThat(Http.json(http.get("/api/resources/" + first, null)).path("openEventId").asString()).isEqualTo(openEventId);
    }

    @Test
    void theIndexIsBroughtUpToTheResourcesAfterAProcessStoppedBetweenTheDocumentAndTheIndex() {
        String term = "zqrepair" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        String published = api.published(ResourceApi.resource("Missed " + term, "S", "", "EVERYONE", null)).path("id").asString();
        index.remove(published); // as if the process stopped after writing the resource
        index.index("ghost-" + UUID.randomUUID(), 3, new uk.nhs.cohortcoach.hubservice.search.IndexedText("Ghost " + term, "", "", ""));
        assertThat(index.rank(term)).extracting(uk.nhs.cohortcoach.hubservice.search.SearchIndex.Scored::resourceId)
                .doesNotContain(published).hasSize(1);

        assertThat(resources.repairIndex()).isGreaterThanOrEqualTo(2);
        assertThat(index.rank(term)).extracting(uk.nhs.cohortcoach.hubservice.search.SearchIndex.Scored::resourceId)
                .containsExactly(published);
        assertThat(resources.repairIndex()).as("nothing left to repair").isZero();
    }

    @Test
    void aRecordingThatCouldNotBePublishedIsRefusedNamingItsFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resources.publishRecording("e-" + UUID.randomUUID(), "T", " ",
                "http://video.example", 0, Instant.now()))
                .isInstanceOfSatisfying(uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("summary", "videoLink", "durationMinutes"));
    }
}
