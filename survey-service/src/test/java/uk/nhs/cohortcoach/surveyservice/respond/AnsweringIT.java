package uk.nhs.cohortcoach.surveyservice.respond;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.response.ResponseBuckets;
import uk.nhs.cohortcoach.surveyservice.response.Response;
import uk.nhs.cohortcoach.surveyservice.response.ResultCounts;
import uk.nhs.cohortcoach.surveyservice.response.StoredResponses;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

@PlatformIntegrationTest
class AnsweringIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PURPOSE = MaturityComponent.SHARED_PURPOSE_AND_VISION.name();
    private static final String EQUITY = MaturityComponent.EMBEDDING_EQUITY.name();

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private PendingSubmissions pendingSubmissions;

    @Autowired
    private StoredResponses storedResponses;

    /** A wave on its own framework version, one collaborative, and ways to invite people to it. */
    private final class Survey {
        final String waveId = "wave-" + UUID.randomUUID();
        final String collaborativeId = "collab-" + UUID.randomUUID();
        final String frameworkId = "fw-" + UUID.randomUUID();

        Survey(WaveStatus status, Instant closesAt) {
            this(status, Instant.now().minus(1, ChronoUnit.DAYS), closesAt);
        }

        Survey(WaveStatus status, Instant opensAt, Instant closesAt) {
            mongo.insert(new Framework(Framework.idOf(frameworkId, 1), frameworkId, 1, "Improvement maturity", List.of(
                    new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Shared purpose and vision", List.of(
                            new Framework.Statement("sp-1", "Our partners share one improvement vision", true),
                            new Framework.Statement("sp-2", "Our vision is known on the wards", false)), true),
                    new Framework.Component(MaturityComponent.EMBEDDING_EQUITY, "Embedding equity", List.of(
                            new Framework.Statement("eq-1", "We measure who is left behind", true)), false)),
                    true, null));
            mongo.insert(new Wave(waveId, "cohort-1", "baseline", frameworkId, 1, opensAt,
                    closesAt, status, null, null, null, null));
        }

        Survey() {
            this(WaveStatus.OPEN, Instant.now().plus(14, ChronoUnit.DAYS));
        }

        /** Invites someone; returns the link token. */
        String invite(String role) {
            String token = UUID.randomUUID() + "-" + UUID.randomUUID();
            mongo.insert(new Invitation("inv-" + UUID.randomUUID(), waveId, "person-" + UUID.randomUUID(), collaborativeId,
                    role, InvitationTokens.hash(token), InvitationStatus.ISSUED, null, null, null, false,
                    Instant.now(), null));
            return token;
        }

        ResultCounts counts() {
            return mongo.findById(ResultCounts.idOf(waveId, collaborativeId), ResultCounts.class);
        }

        /** The collaborative's response buckets, in natural (scan) order; none until a response is recorded. */
        List<Document> buckets() {
            return mongo.getCollection("response_buckets").find(new Document("waveId", waveId)).into(new java.util.ArrayList<>());
        }

        List<Response> responses() {
            return storedResponses.of(waveId, collaborativeId);
        }
    }

    @Test
    void theLinkShowsTheStatementsTheScaleAndAnEmptyDraft() throws Exception {
        Survey survey = new Survey();
        HttpResponse<String> response = send("GET", "/api/respond/" + survey.invite("BOARD_MEMBER"), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Http.JSON.readTree(response.body());
        assertThat(body.at("/wave/label").asString()).isEqualTo("baseline");
        assertThat(body.at("/wave/closesAt").asString()).isNotBlank();
        assertThat(body.at("/components/0/component").asString()).isEqualTo(PURPOSE);
        assertThat(body.at("/components/0/commentAllowed").asBoolean()).isTrue();
        assertThat(body.at("/components/0/statements/0/id").asString()).isEqualTo("sp-1");
        assertThat(body.at("/components/0/statements/0/text").asString()).isEqualTo("Our partners share one improvement vision");
        assertThat(body.at("/components/0/statements/0/required").asBoolean()).isTrue();
        assertThat(body.at("/components/0/statements/1/required").asBoolean()).isFalse();
        assertThat(body.at("/stages").size()).isEqualTo(5);
        assertThat(body.at("/stages/0/value").asString()).isEqualTo("NOT_YET_STARTED");
        assertThat(body.at("/stages/0/label").asString()).isEqualTo("Not yet started");
        assertThat(body.at("/draft/answers").isEmpty()).isTrue();
        assertThat(body.at("/draft/comments").isEmpty()).isTrue();
    }

    @Test
    void aSavedDraftIsThereWhenTheRespondentComesBack() throws Exception {
        Survey survey = new Survey();
        String token = survey.invite("SENIOR_LEADER");

        HttpResponse<String> saved = send("PUT", "/api/respond/" + token + "/draft",
                "{\"answers\":{\"sp-1\":\"UNDERWAY\"},\"comments\":{\"" + PURPOSE + "\":\"Early days\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        JsonNode body = Http.JSON.readTree(send("GET", "/api/respond/" + token, null).body());
        assertThat(body.at("/draft/answers/sp-1").asString()).isEqualTo("UNDERWAY");
        assertThat(body.at("/draft/answers").size()).isEqualTo(1);
        assertThat(body.at("/draft/comments/" + PURPOSE).asString()).isEqualTo("Early days");
    }

    @Test
    void aDraftIsRefusedFieldByField() throws Exception {
        Survey survey = new Survey();
        String token = survey.invite("SENIOR_LEADER");

        HttpResponse<String> response = send("PUT", "/api/respond/" + token + "/draft",
                "{\"answers\":{\"nope\":\"UNDERWAY\",\"sp-1\":\"SORT_OF\"},\"comments\":{\"" + EQUITY + "\":\"no\","
                        + "\"BOGUS\":\"x\",\"" + PURPOSE + "\":\"" + "x".repeat(2001) + "\"}}");

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION).hasCorrelationId()
                .hasFieldErrorsOnly("answers.nope", "answers.sp-1", "comments." + EQUITY, "comments.BOGUS", "comments." + PURPOSE);
        assertThat(Http.JSON.readTree(send("GET", "/api/respond/" + token, null).body()).at("/draft/answers").isEmpty()).isTrue();
    }

    @Test
    void submittingRecordsAnAnonymousResponseCountsItAndPublishesNoAnswers() throws Exception {
        Survey survey = new Survey();
        String token = survey.invite("BOARD_MEMBER");
        for (int i = 0; i < 4; i++) {
            survey.invite("BOARD_MEMBER"); // five board members: the role category may be kept
        }
        Invitation invitation = invitationOf(token);

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.SURVEY)) {
            HttpResponse<String> response = send("POST", "/api/respond/" + token + "/submit",
                    "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"JUST_STARTED\"},\"comments\":{\"" + PURPOSE + "\":\"Good start\"}}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(Http.JSON.readTree(response.body()).get("status").asString()).isEqualTo("SUBMITTED");

            List<ConsumerRecord<String, String>> events = consumer.await(
                    r -> r.value().contains("ResponseSubmitted") && r.value().contains(invitation.id()), 1, Duration.ofSeconds(30));
            JsonNode event = Http.JSON.readTree(events.get(0).value());
            assertThat(event.get("type").asString()).isEqualTo("ResponseSubmitted");
            assertThat(event.at("/payload/waveId").asString()).isEqualTo(survey.waveId);
            assertThat(event.at("/payload/collaborativeId").asString()).isEqualTo(survey.collaborativeId);
            assertThat(events.get(0).value()).doesNotContain("UNDERWAY", "JUST_STARTED", "Good start", "answers", "sp-1");
        }

        assertThat(survey.buckets()).as("every bucket of the collaborative, made together")
                .hasSize(ResponseBuckets.COUNT).allSatisfy(b -> assertThat(b.get("collaborativeId")).isEqualTo(survey.collaborativeId));
        List<Response> responses = survey.responses();
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.roleCategory()).isEqualTo("BOARD_MEMBER");
            assertThat(r.answers()).containsExactlyInAnyOrderEntriesOf(Map.of("sp-1", "UNDERWAY", "eq-1", "JUST_STARTED"));
            assertThat(r.comments()).containsExactlyEntriesOf(Map.of(PURPOSE, "Good start"));
            assertThat(r.id()).isNotEqualTo(invitation.id());
        });
        Document stored = survey.buckets().stream().filter(b -> !b.getList("responses", Document.class).isEmpty())
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> l.get(0)));
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "waveId", "collaborativeId", "bucket", "count", "responses",
                "uncounted");
        assertThat(stored.getList("responses", Document.class)).singleElement()
                .satisfies(r -> assertThat(r.keySet()).containsExactlyInAnyOrder("_id", "roleCategory", "answers", "comments"));
        assertThat(stored.getList("uncounted", Document.class)).as("counted, so no longer waiting to be").isEmpty();
        assertThat(mongo.getCollection("responses").countDocuments(new Document("waveId", survey.waveId)))
                .as("nothing in the earlier single-document layout").isZero();

        ResultCounts counts = survey.counts();
        assertThat(counts.responses()).isEqualTo(1);
        assertThat(counts.stages()).containsEntry("sp-1", Map.of("UNDERWAY", 1L)).containsEntry("eq-1", Map.of("JUST_STARTED", 1L));

        Invitation after = mongo.findById(invitation.id(), Invitation.class);
        assertThat(after.status()).isEqualTo(InvitationStatus.SUBMITTED);
        Document storedInvitation = mongo.getCollection("invitations").find(new Document("_id", invitation.id())).first();
        assertThat(storedInvitation).as("a submitted invitation keeps no time of submission")
                .doesNotContainKeys("submittedAt", "updatedAt");
        assertThat(storedInvitation.values()).as("its only time is when it was issued")
                .filteredOn(java.util.Date.class::isInstance).containsExactly(storedInvitation.get("issuedAt"));
        assertThat(storedInvitation.toJson()).as("nor the response's id").doesNotContain(responses.get(0).id());
        assertThat(after.pendingCount()).isNull();
        assertThat(after.draftAnswers()).isEmpty();
        assertThat(after.draftComments()).isEmpty();

        assertThatProblem(send("POST", "/api/respond/" + token + "/submit",
                "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"JUST_STARTED\"}}")).hasStatus(409).hasType(ProblemTypes.CONFLICT)
                .hasReason("already-submitted");
        assertThatProblem(send("GET", "/api/respond/" + token, null)).hasStatus(409).hasReason("already-submitted");
        assertThatProblem(send("PUT", "/api/respond/" + token + "/draft", "{\"answers\":{}}")).hasStatus(409);
        assertThat(survey.counts().responses()).isEqualTo(1);
    }

    @Test
    void anEmptySubmitSendsTheSavedDraftAndSecondRespondentsAddUp() throws Exception {
        Survey survey = new Survey();
        String first = survey.invite("SENIOR_LEADER");
        String second = survey.invite("SENIOR_LEADER");
        send("PUT", "/api/respond/" + first + "/draft", "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"UNDERWAY\"}}");

        HttpResponse<String> response = send("POST", "/api/respond/" + first + "/submit", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(send("POST", "/api/respond/" + second + "/submit",
                "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"FULLY_EMBEDDED\"}}").statusCode()).isEqualTo(200);

        ResultCounts counts = survey.counts();
        assertThat(counts.responses()).isEqualTo(2);
        assertThat(counts.stages()).containsEntry("sp-1", Map.of("UNDERWAY", 2L))
                .containsEntry("eq-1", Map.of("UNDERWAY", 1L, "FULLY_EMBEDDED", 1L));
        assertThat(survey.responses()).hasSize(2);
    }

    @Test
    void aLoneChiefExecutivesResponseIsStoredUnderOtherAndSoAreThoseOfTheGroupThatWouldOtherwiseNameThem() {
        Survey survey = new Survey();
        String chiefExecutive = survey.invite("CHIEF_EXECUTIVE");
        List<String> directors = Stream.generate(() -> survey.invite("EXECUTIVE_DIRECTOR")).limit(5).toList();

        assertThat(send("POST", "/api/respond/" + chiefExecutive + "/submit",
                "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"UNDERWAY\"}}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/respond/" + directors.get(0) + "/submit",
                "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"UNDERWAY\"}}").statusCode()).isEqualTo(200);

        assertThat(survey.responses()).extracting(Response::roleCategory).containsExactly("OTHER", "OTHER");
    }

    @Test
    void concurrentSubmissionsInOneCollaborativeAreEachStoredAndCountedOnce() throws Exception {
        Survey survey = new Survey();
        List<String> tokens = Stream.generate(() -> survey.invite("IMPROVEMENT_LEAD")).limit(12).toList();

        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> submits = tokens.stream()
                .map(token -> java.util.concurrent.CompletableFuture.supplyAsync(() -> send("POST",
                        "/api/respond/" + token + "/submit", "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"JUST_STARTED\"}}")))
                .toList();
        for (java.util.concurrent.CompletableFuture<HttpResponse<String>> submit : submits) {
            assertThat(submit.get().statusCode()).as(submit.get().body()).isEqualTo(200);
        }
        pendingSubmissions.recover(); // any that lost every race are finished here

        assertThat(survey.responses()).hasSize(12).extracting(Response::id).doesNotHaveDuplicates();
        assertThat(survey.buckets().stream().mapToLong(b -> ((Number) b.get("count")).longValue()).sum())
                .as("the buckets' counts").isEqualTo(12);
        assertThat(survey.buckets()).allSatisfy(b -> assertThat(b.getList("uncounted", Document.class)).isEmpty());
        assertThat(survey.counts().roles()).as("twelve improvement leads: a group large enough to keep").containsOnlyKeys("IMPROVEMENT_LEAD");
        assertThat(survey.counts().roles().get("IMPROVEMENT_LEAD").responses()).isEqualTo(12);
        assertThat(survey.counts().responses()).isEqualTo(12);
        assertThat(survey.counts().stages()).containsEntry("sp-1", Map.of("UNDERWAY", 12L));
    }

    @Test
    void draftsSavedAtOnceThroughOneLinkAreEachAnsweredWithoutAConflictAndTheLastOneIsKept() throws Exception {
        Survey survey = new Survey();
        String token = survey.invite("SENIOR_LEADER");
        List<String> stages = List.of("NOT_YET_STARTED", "JUST_STARTED", "UNDERWAY", "SUBSTANTIAL_PROGRESS");

        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> saves = stages.stream()
                .map(stage -> java.util.concurrent.CompletableFuture.supplyAsync(() -> send("PUT",
                        "/api/respond/" + token + "/draft", "{\"answers\":{\"sp-1\":\"" + stage + "\"}}")))
                .toList();
        for (java.util.concurrent.CompletableFuture<HttpResponse<String>> save : saves) {
            assertThat(save.get().statusCode()).as(save.get().body()).isEqualTo(200);
        }

        assertThat(invitationOf(token).draftAnswers()).hasSize(1).containsKey("sp-1");
        assertThat(stages).contains(invitationOf(token).draftAnswers().get("sp-1"));
    }

    @Test
    void submittingWithoutTheRequiredAnswersNamesEachOne() throws Exception {
        Survey survey = new Survey();
        String token = survey.invite("SENIOR_LEADER");

        assertThatProblem(send("POST", "/api/respond/" + token + "/submit", "{\"answers\":{\"sp-2\":\"UNDERWAY\"}}"))
                .hasStatus(400).hasType(ProblemTypes.VALIDATION).hasFieldErrorsOnly("answers.sp-1", "answers.eq-1");
        assertThatProblem(send("POST", "/api/respond/" + token + "/submit", null))
                .hasStatus(400).hasFieldErrorsOnly("answers.sp-1", "answers.eq-1");
        assertThat(invitationOf(token).status()).isEqualTo(InvitationStatus.ISSUED);
        assertThat(survey.counts()).isNull();
    }

    @Test
    void aClosedWaveIsGone() throws Exception {
        Survey closed = new Survey(WaveStatus.CLOSED, Instant.now().plus(3, ChronoUnit.DAYS));
        Survey pastClosing = new Survey(WaveStatus.OPEN, Instant.now().minus(1, ChronoUnit.MINUTES));
        for (Survey survey : List.of(closed, pastClosing)) {
            String token = survey.invite("SENIOR_LEADER");
            for (HttpResponse<String> response : List.of(send("GET", "/api/respond/" + token, null),
                    send("PUT", "/api/respond/" + token + "/draft", "{\"answers\":{\"sp-1\":\"UNDERWAY\"}}"),
                    send("POST", "/api/respond/" + token + "/submit", "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"UNDERWAY\"}}"))) {
                assertThatProblem(response).hasStatus(410).hasType("https://cohort-coach.nhs.uk/problems/gone").hasCorrelationId();
            }
            assertThat(survey.counts()).isNull();
        }
    }

    @Test
    void aWaveNotOpenYetSaysSoWithItsOwnReason() throws Exception {
        Survey later = new Survey(WaveStatus.OPEN, Instant.now().plus(2, ChronoUnit.DAYS), Instant.now().plus(14, ChronoUnit.DAYS));
        String token = later.invite("SENIOR_LEADER");

        assertThatProblem(send("GET", "/api/respond/" + token, null)).hasStatus(409).hasType(ProblemTypes.CONFLICT)
                .hasReason("not-open").hasDetailContaining("not open yet");
        assertThatProblem(send("POST", "/api/respond/" + token + "/submit", "{\"answers\":{\"sp-1\":\"UNDERWAY\",\"eq-1\":\"UNDERWAY\"}}"))
                .hasStatus(409).hasReason("not-open");
        assertThat(later.counts()).isNull();
    }

    @Test
    void anUnknownLinkIsNotFound() throws Exception {
        String token = "no-such-token-" + UUID.randomUUID();
        assertThatProblem(send("GET", "/api/respond/" + token, null)).hasStatus(404).hasType(ProblemTypes.NOT_FOUND);
        assertThatProblem(send("PUT", "/api/respond/" + token + "/draft", "{\"answers\":{}}")).hasStatus(404);
        assertThatProblem(send("POST", "/api/respond/" + token + "/submit", null)).hasStatus(404);
    }

    @Test
    void aSubmissionLeftHalfDoneIsCountedOnceHoweverOftenItIsRecovered() {
        Survey survey = new Survey();
        String token = survey.invite("IMPROVEMENT_LEAD");
        Invitation issued = invitationOf(token);
        String key = UUID.randomUUID().toString();
        // as if the service stopped right after step 1
        mongo.getCollection("invitations").updateOne(new Document("_id", issued.id()), new Document("$set", new Document()
                .append("status", "SUBMITTED")
                .append("pendingCount", new Document("responseKey", key)
                        .append("answers", new Document("sp-1", "SUBSTANTIAL_PROGRESS").append("eq-1", "JUST_STARTED"))
                        .append("comments", new Document()))));

        pendingSubmissions.recover();
        pendingSubmissions.recover();
        pendingSubmissions.recover();

        assertThat(survey.responses()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(key));
        ResultCounts counts = survey.counts();
        assertThat(counts.responses()).isEqualTo(1);
        assertThat(counts.stages()).containsEntry("sp-1", Map.of("SUBSTANTIAL_PROGRESS", 1L));
        Document stored = mongo.getCollection("result_counts").find(new Document("_id", ResultCounts.idOf(survey.waveId,
                survey.collaborativeId))).first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "waveId", "collaborativeId", "responses", "stages", "roles",
                "counted", "layout");
        assertThat(stored.get("counted", Document.class).values()).as("counted without any list of keys: a number per bucket")
                .hasSize(ResponseBuckets.COUNT).allMatch(Number.class::isInstance);
        assertThat(mongo.findById(issued.id(), Invitation.class).pendingCount()).isNull();
    }

    @TestFactory
    Stream<DynamicTest> savingADraftRefusesBadJson() {
        Survey survey = new Survey();
        String token = survey.invite("SENIOR_LEADER");
        String body = "{\"answers\":{\"sp-1\":\"UNDERWAY\"},\"comments\":{\"" + PURPOSE + "\":\"Early days\"}}";
        send("PUT", "/api/respond/" + token + "/draft", body);
        return JsonInputChecks.update("PUT", uri("/api/respond/" + token + "/draft"), body, () -> {
            Invitation invitation = invitationOf(token);
            return invitation.draftAnswers().size() + invitation.draftComments().size();
        }).freeFormFields("answers", "comments").dynamicTests();
    }

    private Invitation invitationOf(String token) {
        return mongo.findOne(Query.query(Criteria.where("tokenHash").is(InvitationTokens.hash(token))), Invitation.class);
    }

    private URI uri(String path) {
        return new Http(port).uri(path);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return new Http(port).send(method, path, null, body);
    }
}
