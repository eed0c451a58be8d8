package uk.nhs.cohortcoach.surveyservice.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The gap between two "send me my link again", as a plain rule, swept over the times around it. */
class LinkReissueRulesTest {

    private static final Instant LAST = Instant.parse("2026-03-10T09:15:30Z");

    @Test
    void theFirstTimeIsAlwaysAllowed() {
        assertThat(LinkReissueRules.allowed(null, Instant.EPOCH)).isTrue();
        assertThat(LinkReissueRules.allowed(null, LAST)).isTrue();
    }

    @Test
    void againIsRefusedForExactlyAMinuteAfterTheLastTimeAndAllowedFromThen() {
        // every quarter second from 5 s before the last time (a clock behind it never lets it through) to 2 minutes after
        for (long ms = -5_000; ms <= 120_000; ms += 250) {
            Instant now = LAST.plusMillis(ms);
            boolean expected = ms >= Duration.ofMinutes(1).toMillis();
            assertThat(LinkReissueRules.allowed(LAST, now)).as("%d ms after", ms).isEqualTo(expected);
        }
        assertThat(LinkReissueRules.allowed(LAST, LAST.plus(LinkReissueRules.MINIMUM_GAP).minusNanos(1))).isFalse();
        assertThat(LinkReissueRules.allowed(LAST, LAST.plus(LinkReissueRules.MINIMUM_GAP))).isTrue();
    }

    @Test
    void aRefusalSaysWhenItWillBeAllowed() {
        assertThatThrownBy(() -> LinkReissueRules.requireAllowed(LAST, LAST.plusSeconds(10)))
                .isInstanceOfSatisfying(LinkReissueRules.TooSoonException.class,
                        e -> assertThat(e.allowedFrom()).isEqualTo(LAST.plusSeconds(60)))
                .hasMessage("Your link was sent again less than a minute ago. Check your email, or try again in a minute.");
    }
}
