package uk.nhs.cohortcoach.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form kit's JTE tags render the GOV.UK Design System's markup (the precompiled templates, as web runs them). */
class FormKitTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private static String render(String tag, Object... params) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        StringOutput output = new StringOutput();
        TEMPLATES.render("tag/" + tag + ".jte", map, output);
        return output.toString().replaceAll("\\s+", " ");
    }

    @Test
    void radiosRevealTheCheckedOptionsConditionalContent() {
        String html = render("radios", "id", "contact", "legend", "How should we contact you?",
                "choices", List.of(Choice.of("email", "Email"), new Choice("phone", "Phone", "Office hours only")),
                "selected", "phone", "error", "Select how we should contact you",
                "conditionals", Map.<String, gg.jte.Content>of("phone", output -> output.writeContent("<p>Phone box</p>")));

        assertThat(html).contains("<div class=\"govuk-form-group govuk-form-group--error\">")
                .contains("<fieldset class=\"govuk-fieldset\" aria-describedby=\"contact-error\">")
                .contains("<div class=\"govuk-radios\" data-module=\"govuk-radios\">")
                .contains("<input class=\"govuk-radios__input\" id=\"contact\" name=\"contact\" type=\"radio\" value=\"email\">")
                .contains("<input class=\"govuk-radios__input\" id=\"contact-2\" name=\"contact\" type=\"radio\" value=\"phone\" checked data-aria-controls=\"conditional-contact-2\" aria-describedby=\"contact-2-item-hint\">")
                .contains("<div class=\"govuk-radios__conditional\" id=\"conditional-contact-2\"> <p>Phone box</p> </div>")
                .contains("<p id=\"contact-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select how we should contact you</p>");
    }

    @Test
    void anUncheckedOptionsConditionalContentStartsHidden() {
        String html = render("radios", "id", "contact", "legend", "How?", "choices", List.of(Choice.of("phone", "Phone")),
                "conditionals", Map.<String, gg.jte.Content>of("phone", output -> output.writeContent("<p>Phone box</p>")));

        assertThat(html).contains("class=\"govuk-radios__conditional govuk-radios__conditional--hidden\" id=\"conditional-contact\"");
    }

    @Test
    void checkboxesSelectAndTextareaWithCharacterCount() {
        assertThat(render("checkboxes", "id", "themes", "legend", "Themes", "choices",
                List.of(Choice.of("a", "Access"), Choice.of("b", "Budget")), "selected", List.of("b")))
                .contains("id=\"themes\" name=\"themes\" type=\"checkbox\" value=\"a\">")
                .contains("id=\"themes-2\" name=\"themes\" type=\"checkbox\" value=\"b\" checked>")
                .contains("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">");
        assertThat(render("select", "id", "coach", "label", "Coach", "choices",
                List.of(Choice.of("", "Choose a coach"), Choice.of("c1", "Sam <Coach>")), "selected", "c1"))
                .contains("<select class=\"govuk-select\" id=\"coach\" name=\"coach\">")
                .contains("<option value=\"c1\" selected>Sam &lt;Coach&gt;</option>");
        assertThat(render("textarea", "id", "notes", "label", "Notes", "value", "typed <b>", "maxlength", 200))
                .contains("<div class=\"govuk-form-group govuk-character-count\" data-module=\"govuk-character-count\" data-maxlength=\"200\">")
                .contains("<textarea class=\"govuk-textarea govuk-js-character-count\" id=\"notes\" name=\"notes\" rows=\"5\" aria-describedby=\"notes-info\">typed &lt;b&gt;</textarea>")
                .contains("<div id=\"notes-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to 200 characters</div>");
    }

    @Test
    void dateAndTimeInputs() {
        assertThat(render("dateInput", "id", "startDate", "legend", "Start date", "value", new DateInput("31", "2", "2027"),
                "error", "Start date must be a real date"))
                .contains("<fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"startDate-hint startDate-error\">")
                .contains("<div class=\"govuk-date-input\" id=\"startDate\">")
                .contains("class=\"govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error\" id=\"startDate-day\" name=\"startDate.day\" type=\"text\" inputmode=\"numeric\" value=\"31\"")
                .contains("id=\"startDate-year\" name=\"startDate.year\"");
        assertThat(render("timeInput", "id", "startTime", "label", "Start time", "value", new TimeInput("09:00"),
                "warning", "This time has already passed"))
                .contains("<div id=\"startTime-hint\" class=\"govuk-hint\">Use the 24-hour clock, UK time. For example, 14:30</div>")
                .contains("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span> This time has already passed</strong>")
                .contains("<input class=\"govuk-input govuk-input--width-5\" id=\"startTime\" name=\"startTime\" type=\"text\" value=\"09:00\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"startTime-hint startTime-warning\">");
    }

    @Test
    void summaryListBannerButtonAndScrollRegion() {
        assertThat(render("summaryList", "rows", List.of(SummaryRow.of("Name", "Phase 3"), new SummaryRow("Phase", "3", "/cohorts/c3/edit", "Change"))))
                .contains("<div class=\"govuk-summary-list__row govuk-summary-list__row--no-actions\"> <dt class=\"govuk-summary-list__key\">Name</dt> <dd class=\"govuk-summary-list__value\">Phase 3</dd> </div>")
                .contains("<a class=\"govuk-link\" href=\"/cohorts/c3/edit\">Change<span class=\"govuk-visually-hidden\"> Phase</span></a>");
        assertThat(render("notificationBanner", "heading", "Surveys close on Friday"))
                .contains("<div class=\"govuk-notification-banner\" role=\"region\" aria-labelledby=\"important-banner-title\" data-module=\"govuk-notification-banner\">")
                .contains("<h2 class=\"govuk-notification-banner__title\" id=\"important-banner-title\">Important</h2>");
        assertThat(render("button", "text", "Delete cohort", "warning", true))
                .contains("<button type=\"submit\" class=\"govuk-button govuk-button--warning\" data-module=\"govuk-button\" data-prevent-double-click=\"true\">Delete cohort</button>");
        assertThat(render("scrollRegion", "label", "Survey results", "content", (gg.jte.Content) output -> output.writeContent("<table></table>")))
                .contains("<div class=\"app-scroll-region\" role=\"region\" aria-label=\"Survey results\" tabindex=\"0\"> <table></table> </div>");
    }
}
