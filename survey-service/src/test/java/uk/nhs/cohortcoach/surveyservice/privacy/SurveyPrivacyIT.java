package uk.nhs.cohortcoach.surveyservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.surveyservice.CohortEvents;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantView;

/** Subject access through the API, and PersonErased consumed through the real broker. */
@PlatformIntegrationTest
class SurveyPrivacyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    private record World(String person, String team, Invitation submitted, Invitation drafted, Invitation other) {
    }

    private World world() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String person = "person-" + run;
        String team = "team-" + run;
        CohortEvents.joined(person, team, "cohort-" + run, "CHAIR");
        await().atMost(WAIT).until(() -> mongo.findById(person, ParticipantView.class) != null);
        Instant issued = Instant.parse("2026-03-01T09:00:00Z");
        Invitation submitted = mongo.insert(new Invitation(UUID.randomUUID().toString(), "wave-a-" + run, person, team, "CHAIR",
                "hash-" + UUID.randomUUID(), InvitationStatus.SUBMITTED, Map.of(), Map.of(), null, false, issued, null));
        Invitation drafted = mongo.insert(new Invitation(UUID.randomUUID().toString(), "wave-b-" + run, person, team, "CHAIR",
                "hash-" + UUID.randomUUID(), InvitationStatus.ISSUED, Map.of("LEADERSHIP", "3"), Map.of("LEADERSHIP", "my words"),
                null, false, issued, null));
        Invitation other = mongo.insert(new Invitation(UUID.randomUUID().toString(), "wave-a-" + run, "other-" + run, team,
                "CHAIR", "hash-" + UUID.randomUUID(), InvitationStatus.ISSUED, Map.of(), Map.of(), null, false, issued, null));
        return new World(person, team, submitted, drafted, other);
    }

    @Test
    void aManagerExportsInvitationsButNeverAnswers() throws Exception {
        World w = world();

        HttpResponse<String> response = get("/api/privacy/survey/people/" + w.person(), manager());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Http.JSON.readTree(response.body());
        assertThat(body.path("service").asString()).isEqualTo("survey-service");
        assertThat(body.path("invitations")).hasSize(2);
        assertThat(body.path("invitations").findValuesAsString("status")).containsExactlyInAnyOrder("SUBMITTED", "ISSUED");
        assertThat(body.path("invitations").findValues("draftSaved")).extracting(JsonNode::asBoolean)
                .containsExactlyInAnyOrder(false, true);
        assertThat(body.path("teams").get(0).path("collaborativeId").asString()).isEqualTo(w.team());
        assertThat(body.path("note").asString()).contains("anonymous");
        assertThat(response.body()).doesNotContain("my words").doesNotContain("tokenHash").doesNotContain("hash-")
                .doesNotContain("submittedAt");
    }

    @Test
    void aPersonAboutWhomNothingIsHeldIsNotFound() throws Exception {
        assertThat(get("/api/privacy/survey/people/someone-" + UUID.randomUUID(), manager()).statusCode()).isEqualTo(404);
    }

    @Test
    void personErasedCutsTheInvitationsFromThePersonOnceEvenWhenDeliveredTwice() throws Exception {
        World w = world();
        PersonErased erased = new PersonErased(UUID.randomUUID(), Instant.now(), w.person());

        CohortEvents.publish(erased);
        CohortEvents.publish(erased);

        await().atMost(WAIT).until(() -> mongo.findById(w.person(), ParticipantView.class) == null
                && !w.person().equals(mongo.findById(w.drafted().id(), Invitation.class).personId())
                && !w.person().equals(mongo.findById(w.submitted().id(), Invitation.class).personId()));
        Invitation submitted = mongo.findById(w.submitted().id(), Invitation.class);
        Invitation drafted = mongo.findById(w.drafted().id(), Invitation.class);
        assertThat(List.of(submitted.personId(), drafted.personId())).allSatisfy(id -> assertThat(id).startsWith("erased-"));
        assertThat(submitted.personId()).as("not linkable across waves").isNotEqualTo(drafted.personId());
        assertThat(submitted.tokenHash()).as("the link is dead").isNotEqualTo(w.submitted().tokenHash());
        assertThat(submitted.status()).isEqualTo(InvitationStatus.SUBMITTED);
        assertThat(submitted.issuedAt()).isEqualTo(w.submitted().issuedAt());
        assertThat(submitted.collaborativeId()).isEqualTo(w.team());
        assertThat(drafted.draftAnswers()).isEmpty();
        assertThat(drafted.draftComments()).isEmpty();
        assertThat(mongo.findById(w.other().id(), Invitation.class)).as("nobody else is touched").isEqualTo(w.other());
        assertThat(get("/api/privacy/survey/people/" + w.person(), manager()).statusCode())
                .as("nothing is held about the person any more").isEqualTo(404);
        await().atMost(WAIT).until(() -> mongo.getCollection("processed_events")
                .countDocuments(new org.bson.Document("eventId", erased.eventId().toString())) == 2);
    }

    private HttpResponse<String> get(String path, String bearer) {
        return new Http(port).get(path, bearer);
    }

    private static String manager() {
        return Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    }
}
