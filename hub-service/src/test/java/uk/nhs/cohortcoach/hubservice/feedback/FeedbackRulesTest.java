package uk.nhs.cohortcoach.hubservice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What of an event's feedback is shown: nothing before it closes, nothing under 5 answers, then everything. */
class FeedbackRulesTest {

    private static final Instant CLOSES = Instant.parse("2027-02-01T13:30:00Z");

    @Test
    void nothingIsShownWhileFeedbackIsOpenHoweverManyAnswered() {
        FeedbackRules.Decision decision = FeedbackRules.decide(500, CLOSES.minusSeconds(1), CLOSES);

        assertThat(decision.shown()).isFalse();
        assertThat(decision.note()).isEqualTo("Feedback is shown once it closes on 1 February 2027, so that no-one can work out "
                + "a rating by watching the figures change");
    }

    @Test
    void fewerThanFiveAnswersAreNeverShownAndFiveAreOnceClosed() {
        assertThat(FeedbackRules.decide(4, CLOSES, CLOSES).shown()).isFalse();
        assertThat(FeedbackRules.decide(0, CLOSES, CLOSES).note()).isEqualTo("Fewer than 5 people gave feedback, so none of it is shown");
        assertThat(FeedbackRules.decide(5, CLOSES, CLOSES).shown()).isTrue();
        assertThat(FeedbackRules.open(CLOSES.minusSeconds(1), CLOSES)).isTrue();
        assertThat(FeedbackRules.open(CLOSES, CLOSES)).isFalse();
    }

    @Test
    void theAverageIsToOneDecimalPlaceHalfUp() {
        assertThat(FeedbackRules.average(List.of(0L, 0L, 0L, 0L, 0L))).isNull();
        assertThat(FeedbackRules.average(List.of(1L, 0L, 0L, 0L, 1L))).isEqualTo(3.0);
        assertThat(FeedbackRules.average(List.of(0L, 0L, 1L, 1L, 1L, 0L).subList(0, 5))).isEqualTo(4.0);
        assertThat(FeedbackRules.average(List.of(0L, 0L, 0L, 3L, 1L))).isEqualTo(4.3); // 17 / 4 = 4.25
        assertThat(FeedbackRules.byRating(List.of(1L, 2L, 3L, 4L, 5L))).containsExactly(java.util.Map.entry("1", 1L),
                java.util.Map.entry("2", 2L), java.util.Map.entry("3", 3L), java.util.Map.entry("4", 4L), java.util.Map.entry("5", 5L));
    }
}
