package uk.nhs.cohortcoach.surveyservice.mysurveys;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.surveyservice.SurveyProperties;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * "My surveys" and "Send me my link again" through the API and the real broker: the person's own open invitations only;
 * a fresh link that answers with the draft kept, the old one 404 at once; InvitationLinkReissued on the topic with the
 * generation and never the token; who may ask, and when not.
 */
@PlatformIntegrationTest
class MySurveysApiIT {

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private SurveyProperties properties;

    private String wave(WaveStatus status, Instant closesAt, String label) {
        String frameworkId = "fw-" + UUID.randomUUID();
        mongo.insert(new Framework(Framework.idOf(frameworkId, 1), frameworkId, 1, "Improvement maturity", List.of(
                new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Shared purpose and vision", List.of(
                        new Framework.Statement("sp-1", "Our partners share one improvement vision", true)), true)),
                true, null));
        String waveId = "wave-" + UUID.randomUUID();
        mongo.insert(new Wave(waveId, "cohort-1", label, frameworkId, 1, Instant.now().minus(1, ChronoUnit.DAYS), closesAt, status,
                null, null, null, null));
        return waveId;
    }

    private String openWave(String label) {
        return wave(WaveStatus.OPEN, Instant.now().plus(14, ChronoUnit.DAYS), label);
    }

    /** Invites the person with their first link (as a wave opening would); answers the invitation id. */
    private String invite(String waveId, String personId, InvitationStatus status) {
        String id = "inv-" + UUID.randomUUID();
        mongo.insert(new Invitation(id, waveId, personId, "collab-1", "OTHER", InvitationTokens.hash(token(id, 0)), status, null, null,
                null, false, Instant.now(), null));
        return id;
    }

    private String token(String invitationId, int generation) {
        return InvitationTokens.token(properties.linkSecretBytes(), invitationId, generation);
    }

    private static String as(String personId, Role role) {
        return Http.bearer(personId, role);
    }

    @Test
    void aPersonSeesOnlyTheirOwnInvitationsToOpenWavesWithHowFarTheyHaveGot() throws Exception {
        String me = "person-" + UUID.randomUUID();
        String open = openWave("baseline");
        String answered = openWave("midpoint");
        String closed = wave(WaveStatus.CLOSED, Instant.now().minus(1, ChronoUnit.HOURS), "end");
        String started = invite(open, me, InvitationStatus.ISSUED);
        invite(answered, me, InvitationStatus.SUBMITTED);
        invite(closed, me, InvitationStatus.ISSUED);
        invite(open, "someone-else-" + UUID.randomUUID(), InvitationStatus.ISSUED);
        Http http = new Http(port);
        assertThat(http.send("PUT", "/api/respond/" + token(started, 0) + "/draft", null,
                "{\"answers\":{\"sp-1\":\"UNDERWAY\"},\"comments\":{}}").statusCode()).isEqualTo(200);

        HttpResponse<String> response = http.get("/api/waves/invitations/mine", as(me, Role.PARTICIPANT));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode surveys = Http.JSON.readTree(response.body()).get("surveys");
        assertThat(surveys).hasSize(2);
        assertThat(surveys).extracting(s -> s.get("waveId").asString()).containsExactlyInAnyOrder(open, answered);
        for (JsonNode survey : surveys) {
            assertThat(survey.get("progress").asString()).isEqualTo(survey.get("waveId").asString().equals(open) ? "STARTED" : "SUBMITTED");
            assertThat(survey.propertyNames()).containsExactlyInAnyOrder("waveId", "label", "closesAt", "progress", "linkReissuableFrom");
        }
        assertThat(response.body()).doesNotContain("inv-").doesNotContain("UNDERWAY").doesNotContain("tokenHash");
        assertThat(Http.JSON.readTree(http.get("/api/waves/invitations/mine", as("nobody-" + UUID.randomUUID(),
                Role.PROGRAMME_MANAGER)).body()).get("surveys")).isEmpty();
        assertThat(http.get("/api/waves/invitations/mine", null).statusCode()).isEqualTo(401);
    }

    @Test
    void sendingTheLinkAgainMakesAFreshLinkThatAnswersTheDraftStopsTheOldOneAndTellsTheTopicTheGenerationNotTheToken()
            throws Exception {
        String me = "person-" + UUID.randomUUID();
        String waveId = openWave("baseline");
        String invitation = invite(waveId, me, InvitationStatus.ISSUED);
        Http http = new Http(port);
        String oldToken = token(invitation, 0);
        http.send("PUT", "/api/respond/" + oldToken + "/draft", null, "{\"answers\":{\"sp-1\":\"UNDERWAY\"},\"comments\":{}}");

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.SURVEY)) {
            HttpResponse<String> reissued = http.post("/api/waves/invitations/mine/" + waveId + "/reissue", as(me, Role.PARTICIPANT), null);

            assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(202);
            assertThat(Http.JSON.readTree(reissued.body()).get("linkReissuableFrom").asString()).isNotBlank();
            List<ConsumerRecord<String, String>> events = consumer.await(
                    r -> r.value().contains("InvitationLinkReissued") && r.value().contains(invitation), 1, Duration.ofSeconds(30));
            JsonNode event = Http.JSON.readTree(events.get(0).value());
            assertThat(event.at("/payload/linkGeneration").asInt()).isEqualTo(1);
            assertThat(event.at("/payload/personId").asString()).isEqualTo(me);
            assertThat(event.at("/payload/waveId").asString()).isEqualTo(waveId);
            assertThat(events.get(0).key()).isEqualTo(waveId);
            assertThat(events.get(0).value()).doesNotContain(token(invitation, 1)).doesNotContain(oldToken)
                    .doesNotContain(InvitationTokens.hash(token(invitation, 1))).doesNotContain("UNDERWAY");
        }

        assertThatProblem(http.get("/api/respond/" + oldToken, null)).hasStatus(404);
        HttpResponse<String> fresh = http.get("/api/respond/" + token(invitation, 1), null);
        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
        assertThat(Http.JSON.readTree(fresh.body()).at("/draft/answers")).isEqualTo(Http.JSON.valueToTree(Map.of("sp-1", "UNDERWAY")));
        Invitation stored = mongo.findById(invitation, Invitation.class);
        assertThat(stored.linkGeneration()).isEqualTo(1);
        assertThat(stored.tokenHash()).isEqualTo(InvitationTokens.hash(token(invitation, 1)));
    }

    @Test
    void onlyTheInvitedPersonMayAskOnlyWhileOpenAndUnansweredAndNotTwiceInAMinute() {
        String me = "person-" + UUID.randomUUID();
        String waveId = openWave("baseline");
        invite(waveId, me, InvitationStatus.ISSUED);
        String answered = openWave("midpoint");
        invite(answered, me, InvitationStatus.SUBMITTED);
        String closed = wave(WaveStatus.CLOSED, Instant.now().minus(1, ChronoUnit.HOURS), "end");
        invite(closed, me, InvitationStatus.ISSUED);
        Http http = new Http(port);
        String path = "/api/waves/invitations/mine/" + waveId + "/reissue";

        // someone else, a programme manager included, has no invitation of their own there: as if it did not exist
        assertThatProblem(http.post(path, as("someone-else", Role.PARTICIPANT), null)).hasStatus(404);
        assertThatProblem(http.post(path, as("manager-1", Role.PROGRAMME_MANAGER), null)).hasStatus(404);
        assertThatProblem(http.post("/api/waves/invitations/mine/no-such-wave/reissue", as(me, Role.PARTICIPANT), null)).hasStatus(404);
        assertThat(http.post(path, null, null).statusCode()).isEqualTo(401);
        assertThatProblem(http.post("/api/waves/invitations/mine/" + answered + "/reissue", as(me, Role.PARTICIPANT), null))
                .hasStatus(409).hasReason("already-submitted")
                .hasDetailContaining("You have already submitted this survey, so its link cannot be sent again.");
        assertThatProblem(http.post("/api/waves/invitations/mine/" + closed + "/reissue", as(me, Role.PARTICIPANT), null))
                .hasStatus(409).hasReason("not-open")
                .hasDetailContaining("This survey is not open, so its link cannot be sent again.");

        assertThat(http.post(path, as(me, Role.PARTICIPANT), null).statusCode()).isEqualTo(202);
        HttpResponse<String> again = http.post(path, as(me, Role.PARTICIPANT), null);
        assertThatProblem(again).hasStatus(429).hasType("https://cohort-coach.nhs.uk/problems/too-many-requests").hasCorrelationId()
                .hasDetailContaining("Your link was sent again less than a minute ago. Check your email, or try again in a minute.");
        assertThat(again.headers().firstValue("Retry-After")).isPresent();
    }
}
