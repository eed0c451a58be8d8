package uk.nhs.cohortcoach.notificationservice.message.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

@NotificationIntegrationTest
class DeliveryLogApiIT {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        NotifyStub.accepting();
    }

    @Test
    void listsTheLogFilteredByPersonStatusAndEvent() {
        String ada = Fixtures.person(mongo, "Ada Lovelace");
        Message failed = Fixtures.message(mongo, ada, DeliveryStatus.PERMANENT_FAILURE, null);
        Message delivered = Fixtures.message(mongo, ada, DeliveryStatus.DELIVERED, "notify-" + ada);

        JsonNode byPerson = Http.json(http.send("GET", "/api/notifications?personId=" + ada, MANAGER, null));
        assertThat(byPerson.get("totalItems").asInt()).isEqualTo(2);
        assertThat(byPerson.get("items").get(0).get("recipientName").asString()).isEqualTo("Ada Lovelace");

        JsonNode byStatus = Http.json(http.send("GET", "/api/notifications?personId=" + ada + "&status=permanent-failure", MANAGER, null));
        assertThat(byStatus.get("items")).hasSize(1);
        JsonNode entry = byStatus.get("items").get(0);
        assertThat(entry.get("id").asString()).isEqualTo(failed.id());
        assertThat(entry.get("status").asString()).isEqualTo("PERMANENT_FAILURE");
        assertThat(entry.get("attempts").asInt()).isEqualTo(1);
        assertThat(entry.get("lastError").asString()).contains("HTTP 400");
        assertThat(entry.get("retryable").asBoolean()).isTrue();

        JsonNode byEvent = Http.json(http.send("GET", "/api/notifications?eventId=" + delivered.eventId(), MANAGER, null));
        assertThat(byEvent.get("items")).extracting(item -> item.get("id").asString()).containsExactly(delivered.id());
    }

    @Test
    void retriesAFailedMessageAndSendsItOnce() {
        String grace = Fixtures.person(mongo, "Grace Hopper");
        Message failed = Fixtures.message(mongo, grace, DeliveryStatus.TECHNICAL_FAILURE, null);

        HttpResponse<String> retried = http.send("POST", "/api/notifications/" + failed.id() + "/retry", MANAGER, null);

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(Http.json(retried).get("status").asString()).isIn("PENDING", "SENDING");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findById(failed.id(), Message.class).status()).isEqualTo(DeliveryStatus.SENDING));
        assertThat(NotifyStub.requestsMentioning(failed.id())).hasSize(1);
        assertThat(NotifyStub.requestsMentioning(Fixtures.emailOf(grace))).hasSize(1);
    }

    @Test
    void refusesToRetryAMessageThatHasNotFailed() {
        String ada = Fixtures.person(mongo, "Ada Lovelace");
        Message delivered = Fixtures.message(mongo, ada, DeliveryStatus.DELIVERED, "notify-" + ada);

        HttpResponse<String> refused = http.send("POST", "/api/notifications/" + delivered.id() + "/retry", MANAGER, null);

        assertThatProblem(refused).hasStatus(409).hasDetailContaining("delivered");
        assertThat(mongo.findById(delivered.id(), Message.class)).isEqualTo(delivered);
    }

    @Test
    void answersNotFoundForAnUnknownMessage() {
        assertThatProblem(http.send("GET", "/api/notifications/no-such-message", MANAGER, null)).hasStatus(404)
                .hasType(ProblemTypes.NOT_FOUND);
        assertThatProblem(http.send("POST", "/api/notifications/no-such-message/retry", MANAGER, null)).hasStatus(404);
    }
}
