package uk.nhs.cohortcoach.web.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A GOV.UK date input as posted (three boxes, kept as typed so a refused form shows them again), and the
 * one parse of it: {@link #date()} is the date, or null when the boxes are blank or do not make one;
 * {@link #problem(String, Messages)} says what is wrong in GOV.UK words ("Start date must include a year",
 * "Start date must be a real date"), or null when it is a real date or left blank (whether a date is
 * needed at all is the API's to say).
 */
public record DateInput(String day, String month, String year) {

    public DateInput {
        day = day == null ? "" : day.trim();
        month = month == null ? "" : month.trim();
        year = year == null ? "" : year.trim();
    }

    public static DateInput empty() {
        return new DateInput("", "", "");
    }

    public static DateInput of(LocalDate date) {
        return date == null ? empty()
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    public LocalDate date() {
        if (!year.matches("\\d{4}") || !day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** What is wrong with it, for the field called {@code label} ("Start date"); null when nothing is. */
    public String problem(String label, Messages messages) {
        if (blank()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add(messages.get("date.part.day"));
        }
        if (month.isEmpty()) {
            missing.add(messages.get("date.part.month"));
        }
        if (year.isEmpty()) {
            missing.add(messages.get("date.part.year"));
        }
        if (!missing.isEmpty()) {
            return messages.get("date.missing", label, String.join(" " + messages.get("date.part.and") + " ", missing));
        }
        if (!year.matches("\\d+") || year.length() != 4) {
            return messages.get("date.yearDigits", label);
        }
        return date() == null ? messages.get("date.notReal", label) : null;
    }
}
