package uk.nhs.cohortcoach.notificationservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class PeopleIT {

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private PersonDirectory directory;
    @Autowired
    private Memberships memberships;

    @Test
    void keepsNamesAddressesRolesAndTeamsFromCohortEvents() {
        String person = "p-" + UUID.randomUUID();
        String team = "c-" + UUID.randomUUID();
        String other = "c-" + UUID.randomUUID();
        Instant now = Instant.now();
        // membership first: details arriving later must not wipe it
        ParticipantJoined joined = new ParticipantJoined(UUID.randomUUID(), now, person, team, "cohort", "BOARD_MEMBER", null);
        PlatformEvents.publish(Topics.COHORT, joined);
        PlatformEvents.publish(Topics.COHORT, joined);
        PlatformEvents.publish(Topics.COHORT, new PersonRegistered(UUID.randomUUID(), now, person, "Ada", "ada@example.nhs.uk",
                "Director", "RHQ", List.of("PARTICIPANT")));
        PlatformEvents.publish(Topics.COHORT, new ParticipantJoined(UUID.randomUUID(), now, person, other, "cohort", "LEAD", null));
        PlatformEvents.publish(Topics.COHORT, new ParticipantLeft(UUID.randomUUID(), now, person, other, "cohort", null));
        PlatformEvents.publish(Topics.COHORT, new PersonUpdated(UUID.randomUUID(), now, person, "Ada Lovelace",
                "ada.lovelace@example.nhs.uk", "Director", "RHQ", List.of("PARTICIPANT", "COACH")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.find(person)).hasValueSatisfying(p ->
                assertThat(p.email()).isEqualTo("ada.lovelace@example.nhs.uk")));
        Person p = directory.find(person).orElseThrow();
        assertThat(p.name()).isEqualTo("Ada Lovelace");
        assertThat(p.roles()).containsExactlyInAnyOrder("PARTICIPANT", "COACH");
        assertThat(p.currentCollaborativeIds()).containsExactly(team);
        assertThat(memberships.hasLeft(person, other)).isTrue();
        assertThat(memberships.hasLeft(person, team)).isFalse();
    }
}
