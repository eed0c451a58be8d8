package uk.nhs.cohortcoach.notificationservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;

/** Who hears of a published resource: opted in and in its audience, once per resource. */
class ResourceRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private final ResourceMessages rules = new ResourceMessages();

    @Test
    void onlyThoseWhoOptedInAndMayReadItAreTold() {
        List<NewMessage> messages = rules.published(published("COHORT", "cohort-1"), List.of("p-1", "p-2", "p-3"),
                List.of("p-2", "p-3", "p-4"), NOW).messages();

        assertThat(messages).extracting(NewMessage::recipientId).containsExactly("p-2", "p-3");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.NEW_RESOURCE);
            assertThat(m.subjectId()).isEqualTo("resource-1");
            assertThat(m.personalisation()).containsEntry("resource_title", "Equity at board level")
                    .containsEntry("resource_id", "resource-1").containsEntry("summary", "A one-page guide");
        });
    }

    @Test
    void publishingItAgainAfterAnEditOwesTheSameMessagesWhichAreStoredOnce() {
        List<NewMessage> first = rules.published(published("EVERYONE", null), List.of("p-1"), List.of("p-1"), NOW).messages();
        List<NewMessage> again = rules.published(published("EVERYONE", null), List.of("p-1"), List.of("p-1"), NOW.plusSeconds(60))
                .messages();

        assertThat(again).extracting(NewMessage::id).isEqualTo(first.stream().map(NewMessage::id).toList());
    }

    @Test
    void theAudienceDecidesWhomToLookFor() {
        assertThat(ResourceMessages.toEveryone(published("EVERYONE", null))).isTrue();
        assertThat(ResourceMessages.toEveryone(published("MEMBERS", null))).isTrue();
        assertThat(ResourceMessages.toEveryone(published("COHORT", "cohort-1"))).isFalse();
        assertThat(ResourceMessages.toCohort(published("COHORT", "cohort-1"))).isTrue();
        assertThat(ResourceMessages.toCohort(published("COHORT", null))).as("a cohort resource naming no cohort reaches nobody").isFalse();
        assertThat(ResourceMessages.toCohort(published("SOMETHING_NEW", "cohort-1"))).isFalse();
    }

    private static ResourcePublished published(String audience, String cohortId) {
        return new ResourcePublished(UUID.randomUUID(), NOW, "resource-1", "BOARD_RESOURCE", "Equity at board level", "A one-page guide",
                audience, cohortId, List.of(), List.of());
    }
}
