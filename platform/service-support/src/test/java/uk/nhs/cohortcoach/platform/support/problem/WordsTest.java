package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    enum Delivery { PENDING, PERMANENT_FAILURE, DELIVERED }

    @Test
    void writesDatesTimesAndConstantsAsPeopleReadThem() {
        assertThat(Words.date(LocalDate.of(2026, 4, 1))).isEqualTo("1 April 2026");
        assertThat(Words.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 September 2026");
        assertThat(Words.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(Words.time(LocalTime.of(14, 30))).isEqualTo("14:30");
        assertThat(Words.of(Delivery.PERMANENT_FAILURE)).isEqualTo("permanent failure");
    }

    @Test
    void listsChoicesWithOrAndItemsWithAnd() {
        assertThat(Words.choices(Delivery.class)).isEqualTo("pending, permanent failure or delivered");
        assertThat(Words.or(List.of("weekly"))).isEqualTo("weekly");
        assertThat(Words.or(List.of("weekly", "monthly"))).isEqualTo("weekly or monthly");
        assertThat(Words.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Words.and(List.of())).isEmpty();
    }
}
