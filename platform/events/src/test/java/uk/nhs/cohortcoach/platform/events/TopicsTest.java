package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesTheDeadLetterTopicAfterItsEventTopic() {
        assertThat(Topics.deadLetter(Topics.COACHING)).isEqualTo("coaching.events.v1.DLT");
    }

    @Test
    void refusesADeadLetterTopicForAnUnknownTopic() {
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetter("elsewhere.v1"));
    }

    @Test
    void listsOneVersionedTopicPerPublishingService() {
        assertThat(Topics.ALL).containsExactly(
                "cohort.events.v1", "coaching.events.v1", "survey.events.v1", "notification.events.v1",
                "hub.events.v1");
    }
}
