package uk.nhs.cohortcoach.platform.support.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DomainDatesTest {

    @Test
    void acceptsTheFirstAndLastDayOfTheRangeAndRefusesTheDaysAround() {
        assertThat(DomainDates.problemWith(LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(DomainDates.problemWith(LocalDate.of(2100, 12, 31))).isEmpty();
        assertThat(DomainDates.problemWith(LocalDate.of(1999, 12, 31)))
                .hasValue("must be a date between 2000-01-01 and 2100-12-31");
        assertThat(DomainDates.problemWith(LocalDateTime.of(2101, 1, 1, 0, 0)))
                .hasValue("must be a date and time between 2000-01-01 and 2100-12-31");
    }

    @Test
    void refusesTheExtremesOfEveryTypeWithoutOverflowing() {
        for (Object extreme : new Object[] {LocalDate.MAX, LocalDate.MIN, LocalDateTime.MAX, LocalDateTime.MIN, Instant.MAX,
            Instant.MIN, OffsetDateTime.MAX, OffsetDateTime.MIN, ZonedDateTime.of(LocalDateTime.MAX, ZoneOffset.UTC)}) {
            assertThat(DomainDates.problemWith(extreme)).as(extreme.toString()).isPresent();
        }
    }

    @Test
    void agreesWithTheCalendarDateForGeneratedInstantsInAnyZone() {
        Random random = new Random(20261125L);
        long from = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2110-01-01T00:00:00Z").getEpochSecond();
        for (int run = 0; run < 10_000; run++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            LocalDate utcDate = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            boolean inRange = !utcDate.isBefore(DomainDates.EARLIEST) && !utcDate.isAfter(DomainDates.LATEST);
            assertThat(DomainDates.problemWith(instant).isEmpty()).as(instant.toString()).isEqualTo(inRange);
            ZonedDateTime london = instant.atZone(ZoneId.of("Europe/London"));
            boolean londonInRange = !london.toLocalDate().isBefore(DomainDates.EARLIEST)
                    && !london.toLocalDate().isAfter(DomainDates.LATEST);
            assertThat(DomainDates.problemWith(london).isEmpty()).as(london.toString()).isEqualTo(londonInRange);
        }
    }

    @Test
    void leavesValuesOfOtherTypesAlone() {
        assertThat(DomainDates.problemWith("1999-01-01")).isEmpty();
        assertThat(DomainDates.problemWith(null)).isEmpty();
    }
}
