package uk.nhs.cohortcoach.coachingservice.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-29");

    @Test
    void anOpenActionIsOverdueOnlyAfterItsDueDay() {
        assertThat(action(ActionStatus.OPEN, "2026-03-28").overdue(TODAY)).isTrue();
        assertThat(action(ActionStatus.OPEN, "2026-03-29").overdue(TODAY)).isFalse();
        assertThat(action(ActionStatus.DONE, "2026-03-01").overdue(TODAY)).isFalse();
        assertThat(action(ActionStatus.OPEN, null).overdue(TODAY)).isFalse();
    }

    private static Action action(ActionStatus status, String due) {
        return new Action("a", "s", "c", "k", "Do it", "p", null, null, due == null ? null : LocalDate.parse(due), status, null, 0L);
    }
}
