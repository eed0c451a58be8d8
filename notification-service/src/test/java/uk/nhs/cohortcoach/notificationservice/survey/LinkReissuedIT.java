package uk.nhs.cohortcoach.notificationservice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;

/**
 * "Send me my link again" on notification-service's side, through the real broker and GOV.UK Notify played by WireMock:
 * InvitationLinkReissued delivered twice sends one email, with the link of the new generation (never the old one), and
 * stores no link.
 */
@NotificationIntegrationTest
class LinkReissuedIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] SECRET = "local-dev-invitation-link-secret-not-for-production".getBytes(StandardCharsets.UTF_8);

    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void notifyUp() {
        NotifyStub.accepting();
    }

    private List<Message> messages(String eventId) {
        return mongo.find(Query.query(Criteria.where("eventId").is(eventId)), Message.class);
    }

    @Test
    void aReissuedLinkIsEmailedOnceWithTheNewLinkEvenWhenTheEventComesTwice() {
        String person = Fixtures.person(mongo, "Mary Seacole");
        String wave = "w-" + UUID.randomUUID();
        String invitation = "i-" + UUID.randomUUID();
        Instant now = Instant.now();
        Instant closes = now.plus(Duration.ofDays(14));
        PlatformEvents.publish(Topics.SURVEY, new WaveOpened(UUID.randomUUID(), now, wave, "cohort", "Baseline", "f", 1, now, closes));
        InvitationIssued issued = new InvitationIssued(UUID.randomUUID(), now, wave, invitation, person, "c-" + UUID.randomUUID(), closes);
        PlatformEvents.publish(Topics.SURVEY, issued);
        String firstLink = "/respond/" + InvitationTokens.token(SECRET, invitation, 0);
        await().atMost(WAIT).untilAsserted(() -> assertThat(NotifyStub.requestsMentioning(firstLink)).hasSize(1));

        InvitationLinkReissued reissued = new InvitationLinkReissued(UUID.randomUUID(), now.plusSeconds(60), wave, invitation, person, 1,
                closes);
        PlatformEvents.publish(Topics.SURVEY, reissued);
        PlatformEvents.publish(Topics.SURVEY, reissued);

        String newLink = "/respond/" + InvitationTokens.token(SECRET, invitation, 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(NotifyStub.requestsMentioning(newLink)).hasSize(1));
        String body = NotifyStub.requestsMentioning(newLink).get(0).getRequest().getBodyAsString();
        assertThat(body).contains("\"name\":\"Mary Seacole\"").contains("\"wave_label\":\"Baseline\"").doesNotContain(firstLink);
        assertThat(messages(reissued.eventId().toString())).singleElement().satisfies(message -> {
            assertThat(message.purpose()).isEqualTo(Purpose.SURVEY_INVITATION);
            assertThat(message.eventType()).isEqualTo("InvitationLinkReissued");
            assertThat(message.recipientId()).isEqualTo(person);
            assertThat(message.personalisation()).doesNotContainKey("survey_link");
        });
        // a little longer: the second delivery never makes a second email
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(NotifyStub.requestsMentioning(newLink)).hasSize(1));
        assertThat(NotifyStub.requestsMentioning(firstLink)).hasSize(1);
        assertThat(mongo.findById(invitation, InvitationView.class).linkGeneration()).isEqualTo(1);
    }
}
