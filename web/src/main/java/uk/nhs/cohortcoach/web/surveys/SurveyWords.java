package uk.nhs.cohortcoach.web.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Dates;

/** The survey pages' words for the API's codes: wave labels, stages, leadership roles, statuses, rates. Public: templates read it. */
public final class SurveyWords {

    /** The five stages, in order, with their words. */
    public static final List<Choice> STAGES = List.of(
            Choice.of("NOT_YET_STARTED", "Not yet started"),
            Choice.of("JUST_STARTED", "Just started"),
            Choice.of("UNDERWAY", "Underway"),
            Choice.of("SUBSTANTIAL_PROGRESS", "Substantial progress"),
            Choice.of("FULLY_EMBEDDED", "Fully embedded"));

    /** The note the API gives a group hidden because it is small. */
    public static final String FEWER_THAN_5 = "fewer than 5";

    private static final Map<String, String> LABELS = Map.of("baseline", "Baseline", "midpoint", "Midpoint", "end", "End of programme");

    private static final Map<String, String> ROLES = Map.of(
            "CHAIR", "Chairs", "CHIEF_EXECUTIVE", "Chief executives", "NON_EXECUTIVE_DIRECTOR", "Non-executive directors",
            "EXECUTIVE_DIRECTOR", "Executive directors", "IMPROVEMENT_LEAD", "Improvement leads",
            "PUBLIC_HEALTH_LEAD", "Public health leads", "OTHER", "Other roles");

    private static final Map<String, String> REMINDER_STATES = Map.of("DUE", "to be sent", "SENT", "sent",
            "SKIPPED", "skipped (already past when the wave opened)");

    private SurveyWords() {
    }

    /** "Baseline", "Midpoint", "End of programme", or the manager's own label. */
    public static String label(String label) {
        return label == null ? "" : LABELS.getOrDefault(label, label);
    }

    public static String stage(String stage) {
        return stage == null ? "No answers"
                : STAGES.stream().filter(s -> s.value().equals(stage)).map(Choice::label).findFirst().orElse(stage);
    }

    public static String role(String category) {
        return category == null ? "" : ROLES.getOrDefault(category, category.toLowerCase(Locale.UK).replace('_', ' '));
    }

    /** A component's code in words: {@code CULTURE_AND_LEADERSHIP} → "culture and leadership". */
    public static String component(String code) {
        return code == null ? "" : code.toLowerCase(Locale.UK).replace('_', ' ');
    }

    /** Why a figure is hidden, from the API's note. */
    public static String hidden(String note) {
        return note == null || note.isBlank() ? FEWER_THAN_5 : note;
    }

    /** The status tag's words: a scheduled wave says when it opens (nobody is invited until then). */
    public static String status(Wave wave) {
        return switch (wave.status()) {
            case "SCHEDULED" -> "Scheduled – opens " + Dates.dateTime(wave.opensAt());
            case "OPEN" -> "Open";
            case "CLOSED" -> "Closed";
            case "CANCELLED" -> "Cancelled";
            default -> wave.status();
        };
    }

    /** The status tag's colour class. */
    public static String statusClass(Wave wave) {
        return switch (wave.status()) {
            case "SCHEDULED" -> "govuk-tag--yellow";
            case "OPEN" -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }

    /** The response rate a manager may see: the number responding only when the API shows it, otherwise why not. */
    public static String rate(Wave.Counts counts) {
        if (counts == null) {
            return "Nobody invited yet";
        }
        if (counts.suppressed() || counts.submitted() == null) {
            String note = hidden(counts.note());
            return counts.invited() + " invited, " + (FEWER_THAN_5.equals(note) ? FEWER_THAN_5 + " responded" : "responses " + note);
        }
        return counts.submitted() + " of " + counts.invited() + " responded (" + percent(counts.submitted(), counts.invited()) + ")";
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : percent(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** A percentage as "42.5%"; empty for none. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The automatic reminders in words, or null when there are none. */
    public static String reminders(Wave wave) {
        if (wave.reminders().isEmpty()) {
            return null;
        }
        return String.join("; ", wave.reminders().stream()
                .map(r -> Dates.dateTime(r.dueAt()) + " (" + REMINDER_STATES.getOrDefault(r.state(), r.state()) + ")").toList());
    }
}
