package uk.nhs.cohortcoach.notificationservice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;

/**
 * A wave opening is one WaveOpened and an InvitationIssued per person, from different aggregates of
 * survey-service: its outbox may publish them in any order. Whatever the order, every invitation email
 * goes out once, with the wave's own label and closing date — never a generic one. The relevant orders
 * are where WaveOpened falls among the invitations: first, between them, last; when an invitation comes
 * first, the test waits until the dispatcher has tried to send it, so the race is really run.
 */
@NotificationIntegrationTest
class WaveEventOrderIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void notifyUp() {
        NotifyStub.accepting();
    }

    @ParameterizedTest(name = "WaveOpened at position {0} of 3")
    @ValueSource(ints = {0, 1, 2})
    void everyInvitationEmailCarriesItsWavesLabelWhateverTheOrderTheEventsArrive(int wavePosition) {
        String waveId = "wave-" + UUID.randomUUID();
        String label = "Midpoint survey " + wavePosition;
        Instant closes = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS);
        List<String> invitations = List.of("inv-" + UUID.randomUUID(), "inv-" + UUID.randomUUID());
        List<DomainEvent> events = new ArrayList<>();
        for (String invitation : invitations) {
            events.add(new InvitationIssued(UUID.randomUUID(), Instant.now(), waveId, invitation,
                    Fixtures.person(mongo, "Invitee " + invitation), "collab-" + waveId, closes));
        }
        events.add(wavePosition, new WaveOpened(UUID.randomUUID(), Instant.now(), waveId, "cohort-1", label, "framework-1", 1,
                Instant.now(), closes));

        for (DomainEvent event : events) {
            if (event instanceof WaveOpened) {
                events.subList(0, wavePosition).forEach(before -> awaitTriedAndWaiting(((InvitationIssued) before).invitationId()));
            }
            PlatformEvents.publish(Topics.SURVEY, event);
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(invitations).allSatisfy(invitation ->
                assertThat(invitationEmail(invitation).status()).isEqualTo(DeliveryStatus.SENDING)));
        for (String invitation : invitations) {
            List<ServeEvent> sent = NotifyStub.requestsMentioning(invitationEmail(invitation).id());
            assertThat(sent).as("one email for %s", invitation).hasSize(1);
            assertThat(sent.get(0).getRequest().getBodyAsString()).contains("\"wave_label\":\"" + label + "\"")
                    .doesNotContain(SurveyMessages.DEFAULT_LABEL).contains("\"closes_on\":\"");
        }
    }

    private void awaitTriedAndWaiting(String invitationId) {
        await().atMost(WAIT).untilAsserted(() -> {
            Message message = invitationEmail(invitationId);
            assertThat(message.attempts()).isGreaterThanOrEqualTo(1);
            assertThat(message.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(message.lastError()).isEqualTo(SurveyWaves.WAITING);
        });
        assertThat(NotifyStub.requestsMentioning(invitationEmail(invitationId).id())).as("nothing sent before the wave is known")
                .isEmpty();
    }

    private Message invitationEmail(String invitationId) {
        List<Message> found = mongo.find(Query.query(Criteria.where("subjectId").is(invitationId)
                .and("purpose").is(Purpose.SURVEY_INVITATION)), Message.class);
        assertThat(found).as("invitation email for %s", invitationId).hasSize(1);
        return found.get(0);
    }
}
