package uk.nhs.cohortcoach.notificationservice.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.CohortTeam;
import uk.nhs.cohortcoach.notificationservice.person.Memberships;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;

/**
 * ResourcePublished from the real broker: only people who opted in to new-resource email and may read the resource
 * are emailed, once per resource even when it is published again after an edit; a cohort's resource reaches its
 * managers, coaches and participants as the read models know them.
 */
@NotificationIntegrationTest
class NewResourceEmailsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Preferences preferences;

    @Autowired
    private Memberships memberships;

    private String cohort;
    private String team;
    private String manager;
    private String coach;
    private String participant;
    private String elsewhere;
    private String notOptedIn;

    @BeforeEach
    void aCohortWithATeamAndPeopleWhoOptedIn() {
        NotifyStub.accepting();
        cohort = "cohort-" + UUID.randomUUID();
        team = "collab-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.COHORT, new CollaborativeEnrolled(UUID.randomUUID(), Instant.now(), team, cohort, "Team", "ACUTE",
                "QHM", List.of("RTD"), "ADULT_HYPERTENSION", 20, List.of("coach-of-" + team)));
        coach = person("coach-of-" + team, "COACH", List.of());
        manager = person("manager-" + UUID.randomUUID(), "PROGRAMME_MANAGER", List.of());
        participant = person("participant-" + UUID.randomUUID(), "PARTICIPANT", List.of(team));
        elsewhere = person("elsewhere-" + UUID.randomUUID(), "PARTICIPANT", List.of("another-team"));
        notOptedIn = person("not-opted-in-" + UUID.randomUUID(), "PARTICIPANT", List.of(team));
        for (String opted : List.of(coach, manager, participant, elsewhere)) {
            preferences.changeNewResources(opted, true, opted);
        }
        await().atMost(WAIT).until(() -> mongo.findById(team, CohortTeam.class) != null);
        assertThat(preferences.optedInToNewResources()).contains(coach, manager, participant, elsewhere).doesNotContain(notOptedIn);
        assertThat(memberships.peopleOfCohort(cohort)).contains(coach, manager, participant, notOptedIn).doesNotContain(elsewhere);
    }

    @Test
    void aCohortsResourceReachesItsManagersCoachesAndParticipantsWhoOptedInOnceEvenWhenPublishedAgain() {
        String resource = "resource-" + UUID.randomUUID();
        ResourcePublished published = published(resource, "COHORT", cohort);

        PlatformEvents.publish(Topics.HUB, published);
        PlatformEvents.publish(Topics.HUB, published(resource, "COHORT", cohort));

        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(resource)).extracting(Message::recipientId)
                .containsExactlyInAnyOrder(manager, coach, participant));
        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(resource))
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENDING)));
        for (String told : List.of(manager, coach, participant)) {
            assertThat(NotifyStub.requestsMentioning(told + "@example.nhs.uk")).as(told).singleElement()
                    .satisfies(r -> assertThat(r.getRequest().getBodyAsString())
                            .contains("\"resource_link\":\"http://localhost:8080/hub/resources/" + resource + "\"")
                            .contains("Equity at board level"));
        }
        assertThat(NotifyStub.requestsMentioning(elsewhere + "@example.nhs.uk")).isEmpty();
        assertThat(NotifyStub.requestsMentioning(notOptedIn + "@example.nhs.uk")).isEmpty();
    }

    @Test
    void aResourceForEveryoneReachesEveryoneWhoOptedInAndNoOneWhoTurnedItOffAgain() {
        preferences.changeNewResources(elsewhere, false, elsewhere);
        String resource = "resource-" + UUID.randomUUID();

        PlatformEvents.publish(Topics.HUB, published(resource, "EVERYONE", null));

        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(resource)).extracting(Message::recipientId)
                .contains(manager, coach, participant).doesNotContain(elsewhere, notOptedIn));
    }

    private List<Message> messages(String resource) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(resource).and("purpose").is(Purpose.NEW_RESOURCE)), Message.class);
    }

    private String person(String id, String role, List<String> teams) {
        mongo.save(new Person(id, "Name " + id, id + "@example.nhs.uk", Set.of(role), teams));
        return id;
    }

    private static ResourcePublished published(String resource, String audience, String cohortId) {
        return new ResourcePublished(UUID.randomUUID(), Instant.now(), resource, "BOARD_RESOURCE", "Equity at board level",
                "A one-page guide", audience, cohortId, List.of("LEADERSHIP_BEHAVIOURS"), List.of("CORE20"));
    }
}
