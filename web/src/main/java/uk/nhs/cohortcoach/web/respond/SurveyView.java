package uk.nhs.cohortcoach.web.respond;

import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.SurveyLink;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.FormErrors;

/**
 * The survey behind one link as its pages show it: the address of each step, "Step 2 of 7", the stage
 * scale as radio choices and the field ids of every answer and comment. Public: the templates read it.
 *
 * @param token  the link's token (it is in the page's address already; written only into the forms' action)
 * @param survey the survey and its saved draft, from survey-service
 */
public record SurveyView(String token, SurveyLink survey) {

    private static final Map<String, String> WAVE_NAMES = Map.of("baseline", "Baseline", "midpoint", "Midpoint", "end", "End of programme");

    /** "Baseline maturity survey". */
    public String title() {
        String label = survey.wave() == null ? null : survey.wave().label();
        String name = label == null ? "" : WAVE_NAMES.getOrDefault(label, label);
        return (name + " maturity survey").trim();
    }

    public String address() {
        return "/respond/" + token;
    }

    /** The address of step {@code step} (1 to {@link #components()}). */
    public String stepAddress(int step) {
        return address() + "?step=" + step;
    }

    public String checkAddress() {
        return address() + "?step=check";
    }

    /** One step per component, then checking the answers. */
    public int steps() {
        return survey.components().size() + 1;
    }

    public int components() {
        return survey.components().size();
    }

    public String progress(int step) {
        return "Step " + step + " of " + steps();
    }

    public String closes() {
        return survey.wave() == null ? "" : Dates.dateTime(survey.wave().closesAt());
    }

    public List<Choice> stages() {
        return survey.stages().stream().map(stage -> Choice.of(stage.value(), stage.label())).toList();
    }

    /** The stages in words, lower case, for the introduction. */
    public String stagesInWords() {
        return String.join(", ", survey.stages().stream().map(stage -> stage.label().toLowerCase(java.util.Locale.UK)).toList());
    }

    public String answer(String statementId) {
        return survey.draft().answers().get(statementId);
    }

    public String comment(String component) {
        String comment = survey.draft().comments().get(component);
        return comment == null ? "" : comment;
    }

    /** The field id of a statement's radios, as the API names its errors ({@code answers.<id>} → {@code answers-<id>}). */
    public static String answerId(String statementId) {
        return FormErrors.fieldId("answers." + statementId);
    }

    /** The field id of a component's comment ({@code comments.<COMPONENT>} → {@code comments-<COMPONENT>}). */
    public static String commentId(String component) {
        return FormErrors.fieldId("comments." + component);
    }

    /** Every field of the survey in the order the pages show them: the error summary follows it. */
    FormErrors.Fields fields() {
        FormErrors.Fields fields = FormErrors.fields();
        for (SurveyLink.Component component : survey.components()) {
            component.statements().forEach(statement -> fields.choice(answerId(statement.id())));
            if (component.commentAllowed()) {
                fields.input(commentId(component.component()));
            }
        }
        return fields;
    }
}
