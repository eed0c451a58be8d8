package uk.nhs.cohortcoach.coachingservice.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDateRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-29");

    @Test
    void aDueDateBeforeTodayIsRefusedInWordsThatNameToday() {
        assertThat(DueDateRules.problems("actions[2].dueDate", TODAY.minusDays(1), TODAY))
                .containsExactly(java.util.Map.entry("actions[2].dueDate", "The due date must be today (29 March 2026) or in the future"));
    }

    @Test
    void todayLaterAndNoDateAreAllowed() {
        assertThat(DueDateRules.problems("dueDate", TODAY, TODAY)).isEmpty();
        assertThat(DueDateRules.problems("dueDate", TODAY.plusYears(1), TODAY)).isEmpty();
        assertThat(DueDateRules.problems("dueDate", null, TODAY)).isEmpty();
    }
}
