package uk.nhs.cohortcoach.coachingservice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.summary.Attention.Reason;

/** What needs attention, by example, then over seeded generated figures checked against the rule said in words. */
class AttentionRulesTest {

    private static final BigDecimal NONE = BigDecimal.ZERO;

    @Test
    void threeSessionsInARowWithoutAnEquityPauseAreFlaggedButNotFewer() {
        assertThat(reasons(AttentionRules.of(List.of(false, false, false, true), List.of(), NONE, null, 0)))
                .containsExactly(Reason.NO_RECENT_EQUITY_PAUSE);
        assertThat(AttentionRules.of(List.of(false, false, false), List.of(), NONE, null, 0).get(0).words())
                .isEqualTo("No equity pause was held in the last 3 sessions");
        assertThat(AttentionRules.of(List.of(false, false, true), List.of(), NONE, null, 0)).isEmpty();
        assertThat(AttentionRules.of(List.of(false, false), List.of(), NONE, null, 0)).isEmpty();
        assertThat(AttentionRules.of(List.of(true, false, false, false), List.of(), NONE, null, 0)).isEmpty();
    }

    @Test
    void eachOverdueLogIsFlaggedWithItsSessionAndDates() {
        OverdueLog log = new OverdueLog("s-1", "Board <development>", Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-17T10:00:00Z"));

        List<Attention> items = AttentionRules.of(List.of(), List.of(log), NONE, null, 0);

        assertThat(items).containsExactly(new Attention(Reason.LOG_OVERDUE,
                "The log of the session ‘Board <development>’ on 3 March 2026 was not written before it locked on 17 March 2026", "s-1"));
    }

    @Test
    void hoursMoreThanAFifthBehindWhereThePlanSaysAreFlaggedOnceAnHourIsExpected() {
        assertThat(AttentionRules.of(List.of(), List.of(), new BigDecimal("8.5"), new BigDecimal("10"), 0)).isEmpty(); // 15% behind
        assertThat(AttentionRules.behind(new BigDecimal("8"), new BigDecimal("10"))).isFalse(); // exactly 20%
        assertThat(AttentionRules.behind(new BigDecimal("7.99"), new BigDecimal("10"))).isTrue();
        assertThat(AttentionRules.behind(NONE, new BigDecimal("0.99"))).isFalse(); // less than an hour expected
        assertThat(AttentionRules.behind(NONE, null)).isFalse(); // no plan
        assertThat(AttentionRules.of(List.of(), List.of(), new BigDecimal("2"), new BigDecimal("6.5"), 0))
                .containsExactly(new Attention(Reason.HOURS_BEHIND_PLAN, "Coaching hours are behind plan: 2 hours delivered, 6.5 hours expected by now", null));
    }

    @Test
    void overdueActionsAreFlaggedWithHowMany() {
        assertThat(AttentionRules.of(List.of(), List.of(), NONE, null, 1).get(0).words()).isEqualTo("1 action is overdue");
        assertThat(AttentionRules.of(List.of(), List.of(), NONE, null, 3).get(0).words()).isEqualTo("3 actions are overdue");
        assertThat(AttentionRules.of(List.of(), List.of(), NONE, null, 0)).isEmpty();
    }

    @Test
    void generatedFiguresAreFlaggedExactlyAsTheRuleSaysAndInItsOrder() {
        Random random = new Random(20261207L);
        for (int i = 0; i < 5_000; i++) {
            List<Boolean> pauses = new ArrayList<>();
            int sessions = random.nextInt(7);
            for (int s = 0; s < sessions; s++) {
                pauses.add(random.nextInt(3) == 0);
            }
            List<OverdueLog> logs = new ArrayList<>();
            for (int l = random.nextInt(3); l > 0; l--) {
                logs.add(new OverdueLog("s" + l, "Session " + l, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-15T10:00:00Z")));
            }
            BigDecimal expected = random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(4_000), 2);
            BigDecimal delivered = BigDecimal.valueOf(random.nextInt(4_000), 2);
            int overdueActions = random.nextInt(3);
            String seen = "case " + i + ": pauses " + pauses + ", logs " + logs.size() + ", delivered " + delivered + " of " + expected
                    + " expected, overdue actions " + overdueActions;

            List<Reason> got = reasons(AttentionRules.of(pauses, logs, delivered, expected, overdueActions));

            List<Reason> want = new ArrayList<>();
            if (pauses.size() >= 3 && !pauses.get(0) && !pauses.get(1) && !pauses.get(2)) {
                want.add(Reason.NO_RECENT_EQUITY_PAUSE);
            }
            logs.forEach(l -> want.add(Reason.LOG_OVERDUE));
            if (expected != null && expected.doubleValue() >= 1 && delivered.doubleValue() < expected.doubleValue() * 0.8 - 1e-9) {
                want.add(Reason.HOURS_BEHIND_PLAN);
            }
            if (overdueActions > 0) {
                want.add(Reason.ACTIONS_OVERDUE);
            }
            assertThat(got).as(seen).isEqualTo(want);
        }
    }

    private static List<Reason> reasons(List<Attention> items) {
        return items.stream().map(Attention::reason).toList();
    }
}
