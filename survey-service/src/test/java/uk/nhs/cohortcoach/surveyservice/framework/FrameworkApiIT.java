package uk.nhs.cohortcoach.surveyservice.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.Http;

@PlatformIntegrationTest
class FrameworkApiIT {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String COACH = Http.bearer("coach-1", Role.COACH);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Frameworks frameworks;

    private Http http;
    private final String frameworkId = "fw-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        mongo.insert(new Framework(Framework.idOf(frameworkId, 1), frameworkId, 1, "Test framework", DefaultFramework.components(),
                false, null));
    }

    @Test
    void theDefaultFrameworkIsSeededOnce() {
        frameworks.seedDefault();

        HttpResponse<String> list = http.send("GET", "/api/frameworks", MANAGER, null);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Http.json(list).valueStream().filter(f -> f.get("frameworkId").asString().equals(DefaultFramework.ID))
                .filter(f -> f.get("number").asInt() == 1)).hasSize(1);
        HttpResponse<String> version = http.send("GET", "/api/frameworks/" + DefaultFramework.ID + "/versions/1", COACH, null);
        assertThat(version.statusCode()).as(version.body()).isEqualTo(200);
        JsonNode framework = Http.json(version);
        assertThat(framework.get("name").asString()).isEqualTo("Improving equitably");
        assertThat(framework.get("components")).hasSize(6);
        for (JsonNode component : framework.get("components")) {
            assertThat(component.get("statements").size()).isBetween(3, 5);
            assertThat(component.get("commentAllowed").asBoolean()).isTrue();
        }
        assertThatProblem(http.send("GET", "/api/frameworks/" + DefaultFramework.ID + "/versions/99", MANAGER, null)).hasStatus(404);
    }

    @Test
    void editingAnUnfrozenVersionChangesItInPlaceAndAStaleVersionIsRefused() {
        HttpResponse<String> edited = http.send("PUT", "/api/frameworks/" + frameworkId, MANAGER, body("Renamed", 0));

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Http.json(edited).get("number").asInt()).isEqualTo(1);
        assertThat(Http.json(edited).get("version").asLong()).isEqualTo(1);
        assertThat(frameworks.version(frameworkId, 1).name()).isEqualTo("Renamed");
        assertThatProblem(http.send("PUT", "/api/frameworks/" + frameworkId, MANAGER, body("Again", 0))).hasStatus(409);
        assertThat(frameworks.version(frameworkId, 1).name()).isEqualTo("Renamed");
    }

    @Test
    void editingAFrozenVersionSavesTheNextVersion() {
        Framework frozen = frameworks.freeze(frameworks.version(frameworkId, 1));

        HttpResponse<String> edited = http.send("PUT", "/api/frameworks/" + frameworkId, MANAGER, body("Second edition",
                frozen.version()));

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode next = Http.json(edited);
        assertThat(next.get("number").asInt()).isEqualTo(2);
        assertThat(next.get("frozen").asBoolean()).isFalse();
        assertThat(frameworks.version(frameworkId, 1).name()).isEqualTo("Test framework");
        assertThat(frameworks.version(frameworkId, 1).frozen()).isTrue();
        assertThat(frameworks.version(frameworkId, 2).name()).isEqualTo("Second edition");
        assertThatProblem(http.send("PUT", "/api/frameworks/" + frameworkId, MANAGER, body("Stale", frozen.version())))
                .hasStatus(409);
    }

    @Test
    void theRulesApplyToEdits() {
        ObjectNode body = (ObjectNode) Http.JSON.readTree(body("Too few", 0));
        ((tools.jackson.databind.node.ArrayNode) body.get("components").get(2).get("statements")).remove(0);
        assertThatProblem(http.send("PUT", "/api/frameworks/" + frameworkId, MANAGER, Http.JSON.writeValueAsString(body)))
                .hasStatus(400).hasFieldError("components[2].statements");
        assertThatProblem(http.send("PUT", "/api/frameworks/fw-missing", MANAGER, body("x", 0))).hasStatus(404);
        assertThat(frameworks.version(frameworkId, 1).name()).isEqualTo("Test framework");
    }

    @Test
    void aProgrammeManagerCreatesAFrameworkAsVersionOneWithItsIdMadeFromItsName() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String expectedId = "equity-maturity-" + suffix;

        HttpResponse<String> created = http.send("POST", "/api/frameworks", MANAGER, newBody(null, "Equity Maturity " + suffix));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/frameworks/" + expectedId + "/versions/1");
        JsonNode framework = Http.json(created);
        assertThat(framework.get("frameworkId").asString()).isEqualTo(expectedId);
        assertThat(framework.get("number").asInt()).isEqualTo(1);
        assertThat(framework.get("frozen").asBoolean()).isFalse();
        HttpResponse<String> read = http.send("GET", "/api/frameworks/" + expectedId + "/versions/1", COACH, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).get("components").get(0).get("statements").get(0).get("id").asString()).isEqualTo("purpose-1");
        assertThat(Http.json(http.send("GET", "/api/frameworks", MANAGER, null)))
                .extracting(n -> n.get("frameworkId").asString()).contains(expectedId, DefaultFramework.ID);
    }

    @Test
    void aFrameworkIdInUseIsRefusedNamingFrameworkIdAndNothingIsStored() {
        HttpResponse<String> taken = http.send("POST", "/api/frameworks", MANAGER, newBody(frameworkId, "Another framework"));
        HttpResponse<String> seeded = http.send("POST", "/api/frameworks", MANAGER, newBody(null, DefaultFramework.NAME));

        assertThatProblem(taken).hasStatus(409).hasReason("framework-exists").hasDetailContaining("frameworkId");
        assertThatProblem(seeded).hasStatus(409).hasReason("framework-exists").hasDetailContaining(DefaultFramework.ID);
        assertThat(mongo.count(Query.query(Criteria.where("frameworkId").is(frameworkId)), Framework.class)).isEqualTo(1);
        assertThat(frameworks.version(frameworkId, 1).name()).isEqualTo("Test framework");
        assertThat(mongo.count(Query.query(Criteria.where("frameworkId").is(DefaultFramework.ID)), Framework.class)).isEqualTo(1);
    }

    @Test
    void theRulesOfAnEditApplyToANewFrameworkAndARefusedOneStoresNothing() {
        String id = "fw-" + UUID.randomUUID();
        ObjectNode tooFew = (ObjectNode) Http.JSON.readTree(newBody(id, "Too few"));
        ((tools.jackson.databind.node.ArrayNode) tooFew.get("components").get(2).get("statements")).remove(0);

        assertThatProblem(http.send("POST", "/api/frameworks", MANAGER, Http.JSON.writeValueAsString(tooFew))).hasStatus(400)
                .hasFieldErrorsOnly("components[2].statements");
        assertThatProblem(http.send("POST", "/api/frameworks", MANAGER, newBody("Not An Id", "Named"))).hasStatus(400)
                .hasFieldErrorsOnly("frameworkId");
        assertThatProblem(http.send("POST", "/api/frameworks", MANAGER, newBody(null, "?!"))).hasStatus(400)
                .hasFieldErrorsOnly("name");
        assertThatProblem(http.send("POST", "/api/frameworks", COACH, newBody(id, "By a coach"))).hasStatus(403);
        assertThat(mongo.count(Query.query(Criteria.where("frameworkId").in(id, "named")), Framework.class)).isZero();
    }

    @TestFactory
    Stream<DynamicTest> creatingRefusesBadJson() {
        String id = "fw-" + UUID.randomUUID();
        return JsonInputChecks.post(new Http(port).uri("/api/frameworks"), newBody(id, "Checked"),
                () -> mongo.count(Query.query(Criteria.where("frameworkId").is(id)), Framework.class))
                .header("Authorization", MANAGER).dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> editingRefusesBadJson() {
        String id = "fw-" + UUID.randomUUID();
        mongo.insert(new Framework(Framework.idOf(id, 1), id, 1, "Checked", DefaultFramework.components(), false, null));
        return JsonInputChecks.update("PUT", new Http(port).uri("/api/frameworks/" + id), body("Checked", 0),
                () -> mongo.count(Query.query(Criteria.where("frameworkId").is(id)), Framework.class))
                .header("Authorization", MANAGER).dynamicTests();
    }

    private static String newBody(String id, String name) {
        ObjectNode body = Http.JSON.createObjectNode();
        if (id != null) {
            body.put("frameworkId", id);
        }
        body.put("name", name);
        body.set("components", Http.JSON.valueToTree(DefaultFramework.components()));
        return Http.JSON.writeValueAsString(body);
    }

    private static String body(String name, long version) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("name", name);
        body.set("components", Http.JSON.valueToTree(DefaultFramework.components()));
        body.put("version", version);
        return Http.JSON.writeValueAsString(body);
    }
}
