package uk.nhs.cohortcoach.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class DateAndTimeInputTest {

    private final Messages messages = new Messages(source());

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setAlwaysUseMessageFormat(true);
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    @Test
    void aRealDateIsReadAndBlankIsNoProblem() {
        assertThat(new DateInput(" 1", "4 ", "2027").date()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(new DateInput("1", "4", "2027").problem("Start date", messages)).isNull();
        assertThat(new DateInput("", "", "").problem("Start date", messages)).isNull();
        assertThat(new DateInput(null, null, null).blank()).isTrue();
    }

    @Test
    void whatIsWrongWithADateIsSaidInGovukWords() {
        assertThat(new DateInput("31", "2", "2027").problem("Start date", messages)).isEqualTo("Start date must be a real date");
        assertThat(new DateInput("1", "13", "2027").problem("Start date", messages)).isEqualTo("Start date must be a real date");
        assertThat(new DateInput("a", "4", "2027").problem("Start date", messages)).isEqualTo("Start date must be a real date");
        assertThat(new DateInput("1", "", "2027").problem("End date", messages)).isEqualTo("End date must include a month");
        assertThat(new DateInput("", "", "2027").problem("End date", messages)).isEqualTo("End date must include a day and month");
        assertThat(new DateInput("1", "4", "27").problem("End date", messages)).isEqualTo("End date year must include 4 numbers");
        assertThat(new DateInput("31", "2", "2027").date()).isNull();
    }

    @Test
    void aDateIsShownAgainAsItsThreeBoxes() {
        assertThat(DateInput.of(LocalDate.of(2027, 3, 9))).isEqualTo(new DateInput("9", "3", "2027"));
        assertThat(DateInput.of(null)).isEqualTo(DateInput.empty());
    }

    @Test
    void aTimeIsReadInThe24HourClock() {
        assertThat(new TimeInput("14:30").time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(new TimeInput(" 9:05 ").time()).isEqualTo(LocalTime.of(9, 5));
        assertThat(new TimeInput("14.30").time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(new TimeInput("1430").time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(new TimeInput("24:00").time()).isNull();
        assertThat(new TimeInput("2pm").problem("Start time", messages)).isEqualTo("Start time must be a real time in the 24-hour clock, like 14:30");
        assertThat(new TimeInput("").problem("Start time", messages)).isNull();
        assertThat(TimeInput.of(LocalTime.of(9, 5)).text()).isEqualTo("09:05");
    }

    @Test
    void aTimeIsLondonTimeSummerAndWinter() {
        assertThat(new TimeInput("14:30").on(LocalDate.of(2027, 1, 15))).isEqualTo(Instant.parse("2027-01-15T14:30:00Z"));
        assertThat(new TimeInput("14:30").on(LocalDate.of(2027, 7, 15))).isEqualTo(Instant.parse("2027-07-15T13:30:00Z"));
        assertThat(Dates.dateTime(Instant.parse("2027-07-15T13:30:00Z"))).isEqualTo("15 July 2027 at 14:30");
    }

    @Test
    void aTimeThatHasPassedIsToldApart() {
        Clock clock = Clock.fixed(Instant.parse("2027-07-15T13:00:00Z"), ZoneOffset.UTC);

        assertThat(new TimeInput("13:59").isPast(LocalDate.of(2027, 7, 15), clock)).isTrue();   // 12:59 UTC
        assertThat(new TimeInput("14:01").isPast(LocalDate.of(2027, 7, 15), clock)).isFalse();  // 13:01 UTC
    }
}
