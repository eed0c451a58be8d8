package uk.nhs.cohortcoach.web.collaboratives;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Words;

/** The fixed answers of the collaborative forms, as cohort-service names them, with their words. Public: templates read them. */
public final class Choices {

    public static final List<Choice> SECTORS = List.of(Choice.of("ACUTE", "Acute"), Choice.of("MENTAL_HEALTH", "Mental health"),
            Choice.of("COMMUNITY", "Community"), Choice.of("ALL_IN", "All in (multi-sector)"), Choice.of("SPECIALIST", "Specialist"));

    public static final List<Choice> LEADERSHIP_ROLES = Stream.of("CHAIR", "CHIEF_EXECUTIVE", "NON_EXECUTIVE_DIRECTOR",
            "EXECUTIVE_DIRECTOR", "IMPROVEMENT_LEAD", "PUBLIC_HEALTH_LEAD", "OTHER").map(role -> Choice.of(role, Words.of(role))).toList();

    public static final List<Choice> IMD_EDITIONS = List.of(Choice.of("", "Not applicable"), Choice.of("IMD_2019", "IMD 2019"),
            Choice.of("IMD_2025", "IMD 2025"));

    public static final List<Choice> CLINICAL_AREAS = Stream.of("ADULT_MATERNITY", "ADULT_SEVERE_MENTAL_ILLNESS_HEALTH_CHECKS",
            "ADULT_CHRONIC_RESPIRATORY_DISEASE", "ADULT_EARLY_CANCER_DIAGNOSIS", "ADULT_HYPERTENSION", "CYP_ASTHMA", "CYP_DIABETES",
            "CYP_EPILEPSY", "CYP_ORAL_HEALTH", "CYP_MENTAL_HEALTH").map(area -> Choice.of(area, clinicalArea(area))).toList();

    public static final List<Choice> YES_NO = List.of(Choice.of("true", "Yes"), Choice.of("false", "No"));

    private Choices() {
    }

    /** A list's choices after a "Choose …" first option with no value. */
    public static List<Choice> choose(String prompt, List<Choice> choices) {
        return Stream.concat(Stream.of(Choice.of("", prompt)), choices.stream()).toList();
    }

    /** The words of a value of {@code choices}, or the value itself. */
    public static String label(List<Choice> choices, String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).map(Choice::label).findFirst()
                .orElse(value == null ? "" : value);
    }

    /** "ADULT_MATERNITY" as "Adults: maternity", "CYP_ASTHMA" as "Children and young people: asthma". */
    static String clinicalArea(String area) {
        boolean children = area.startsWith("CYP_");
        String rest = Words.of(area.substring(children ? 4 : 6)).toLowerCase(Locale.UK);
        return (children ? "Children and young people: " : "Adults: ") + rest;
    }
}
