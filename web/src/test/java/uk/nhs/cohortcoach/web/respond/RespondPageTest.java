package uk.nhs.cohortcoach.web.respond;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/**
 * The member's survey at {@code /respond/{token}} from a stubbed survey-service, no sign-in, no browser, no
 * JavaScript: each step a form that saves the draft, check, submit, confirmation, and links that cannot be used.
 */
@PageTest
class RespondPageTest {

    private static final String TOKEN = "Tok3n_abcdefghijklmnop";
    private static final String PAGE = "/respond/" + TOKEN;
    private static final String API_PATH = "/api/respond/" + TOKEN;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        stubSurvey("{}", "{}");
    }

    /** Two components: leadership (3 statements, the third optional, comments allowed), system (2, no comments). */
    private static String survey(String answers, String comments) {
        return """
                {"wave":{"label":"baseline","closesAt":"2026-06-30T16:00:00Z"},
                 "framework":"Maturity framework <b>v2</b>",
                 "components":[
                   {"component":"LEADERSHIP","title":"Shared leadership","commentAllowed":true,"statements":[
                     {"id":"lead-1","text":"Leaders share a vision <i>together</i>","required":true},
                     {"id":"lead-2","text":"Leaders meet every month","required":true},
                     {"id":"lead-3","text":"Leaders learn from each other","required":false}]},
                   {"component":"SYSTEM","title":"System working","commentAllowed":false,"statements":[
                     {"id":"sys-1","text":"Partners pool budgets","required":true},
                     {"id":"sys-2","text":"Partners share data","required":true}]}],
                 "stages":[{"value":"NOT_YET_STARTED","label":"Not yet started"},{"value":"JUST_STARTED","label":"Just started"},
                   {"value":"UNDERWAY","label":"Underway"},{"value":"SUBSTANTIAL_PROGRESS","label":"Substantial progress"},
                   {"value":"FULLY_EMBEDDED","label":"Fully embedded"}],
                 "draft":{"answers":%s,"comments":%s}}""".formatted(answers, comments);
    }

    private static void stubSurvey(String answers, String comments) {
        String body = survey(answers, comments);
        API.stubFor(WireMock.get(urlEqualTo(API_PATH)).willReturn(json(200, body)));
        API.stubFor(WireMock.put(urlEqualTo(API_PATH + "/draft")).willReturn(json(200, body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }

    @Test
    void aNewLinkOpensTheIntroductionWithThePrivacyNoticeWithoutSignInAndWithoutAnyonesToken() throws Exception {
        String html = mvc.perform(get(PAGE).with(manager())) // a manager's browser: their token is not the survey's business
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Baseline maturity survey – Cohort Coach</title>")
                .contains("id=\"intro-heading\"")
                .contains("Maturity framework &lt;b&gt;v2&lt;/b&gt;").doesNotContain("<b>v2")
                .contains("There are 2 parts")
                .contains("not yet started, just started, underway, substantial progress, fully embedded")
                .contains("The survey closes on 30 June 2026 at 17:00 (UK time).")
                .contains("<a href=\"" + PAGE + "?step=1\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--start\"")
                .contains("<details class=\"govuk-details\" id=\"privacy-notice\"")
                .contains("data-notice>Your survey answers are anonymous")
                .contains("href=\"/privacy\"")
                .doesNotContain("Loading");
        API.verify(getRequestedFor(urlEqualTo(API_PATH)).withHeader("Authorization", absent()));
    }

    @Test
    void nobodySignedInCanOpenAStep() throws Exception {
        String html = mvc.perform(get(PAGE + "?step=1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Shared leadership – Step 1 of 3 – Baseline maturity survey – Cohort Coach</title>")
                .contains("<p class=\"govuk-body govuk-!-margin-bottom-1\" id=\"progress-text\">Step 1 of 3</p>")
                .contains("<form method=\"post\" action=\"" + PAGE + "\" id=\"step-form\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("<input type=\"hidden\" name=\"step\" value=\"1\">")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Leaders share a vision &lt;i&gt;together&lt;/i&gt;</legend>")
                .contains("id=\"answers-lead-1\" name=\"answers.lead-1\" type=\"radio\" value=\"NOT_YET_STARTED\"")
                .contains("id=\"answers-lead-1-3\" name=\"answers.lead-1\" type=\"radio\" value=\"UNDERWAY\"")
                .contains("<div id=\"answers-lead-3-hint\" class=\"govuk-hint\">Optional</div>")
                .contains("id=\"comments-LEADERSHIP\" name=\"comments.LEADERSHIP\"")
                .contains("id=\"continue\"").contains("id=\"previous\"").contains("id=\"save-draft\"")
                .doesNotContain("checked")
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void continueSavesTheStepIntoTheDraftKeepingTheOtherStepsAndGoesToTheNextStep() throws Exception {
        stubSurvey("{\"sys-1\":\"UNDERWAY\"}", "{}");

        mvc.perform(post(PAGE).with(csrf()).param("step", "1").param("action", "continue")
                        .param("answers.lead-1", "JUST_STARTED").param("answers.lead-2", "UNDERWAY")
                        .param("comments.LEADERSHIP", "Going <well>"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "?step=2"));

        API.verify(putRequestedFor(urlEqualTo(API_PATH + "/draft")).withHeader("Authorization", absent()).withRequestBody(equalToJson("""
                {"answers":{"sys-1":"UNDERWAY","lead-1":"JUST_STARTED","lead-2":"UNDERWAY"},"comments":{"LEADERSHIP":"Going <well>"}}""")));
    }

    @Test
    void continueFromTheLastStepGoesToCheckYourAnswers() throws Exception {
        mvc.perform(post(PAGE).with(csrf()).param("step", "2").param("action", "continue")
                        .param("answers.sys-1", "UNDERWAY").param("answers.sys-2", "FULLY_EMBEDDED"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "?step=check"));
    }

    @Test
    void continueWithRequiredStatementsUnansweredSavesWhatWasGivenAndListsTheRestInFormOrder() throws Exception {
        String html = mvc.perform(post(PAGE).with(csrf()).param("step", "1").param("action", "continue")
                        .param("answers.lead-3", "UNDERWAY"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Error: Shared leadership – Step 1 of 3");
        int first = html.indexOf("<a href=\"#answers-lead-1\">Select how far your collaborative has got with ‘Leaders share a vision &lt;i&gt;together&lt;/i&gt;’</a>");
        int second = html.indexOf("<a href=\"#answers-lead-2\">Select how far your collaborative has got with ‘Leaders meet every month’</a>");
        assertThat(first).isPositive().isLessThan(second);
        assertThat(html).contains("<p id=\"answers-lead-2-error\" class=\"govuk-error-message\">")
                .doesNotContain("#answers-lead-3\"")
                .contains("id=\"answers-lead-3-3\" name=\"answers.lead-3\" type=\"radio\" value=\"UNDERWAY\" checked");
        API.verify(putRequestedFor(urlEqualTo(API_PATH + "/draft")).withRequestBody(equalToJson("""
                {"answers":{"lead-3":"UNDERWAY"},"comments":{}}""")));
    }

    @Test
    void theApisRefusalOfTheDraftIsShownOnItsFieldsInFormOrderWithWhatWasTyped() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(API_PATH + "/draft")).willReturn(json(400, """
                {"type":"https://cohort-coach.nhs.uk/problems/validation","title":"Invalid request","status":400,
                 "errors":[{"field":"comments.LEADERSHIP","message":"Comment must be 2,000 characters or fewer"},
                           {"field":"answers.lead-2","message":"Choose an answer from the scale: not yet started, just started, underway, substantial progress or fully embedded"}]}""")));

        String html = mvc.perform(post(PAGE).with(csrf()).param("step", "1").param("action", "continue")
                        .param("answers.lead-1", "UNDERWAY").param("answers.lead-2", "SOMETHING_ELSE")
                        .param("comments.LEADERSHIP", "Typed <text>"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        int stage = html.indexOf("<a href=\"#answers-lead-2\">Choose an answer from the scale: not yet started, just started, underway, substantial progress or fully embedded</a>");
        int comment = html.indexOf("<a href=\"#comments-LEADERSHIP\">Comment must be 2,000 characters or fewer</a>");
        assertThat(stage).isPositive().isLessThan(comment);
        assertThat(html).contains("id=\"answers-lead-1-3\" name=\"answers.lead-1\" type=\"radio\" value=\"UNDERWAY\" checked")
                .contains(">Typed &lt;text&gt;</textarea>")
                .contains("govuk-textarea--error");
    }

    @Test
    void previousStepSavesTheDraftAndGoesBackAndFromTheFirstStepToTheIntroduction() throws Exception {
        mvc.perform(post(PAGE).with(csrf()).param("step", "2").param("action", "back").param("answers.sys-1", "UNDERWAY"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "?step=1"));
        API.verify(putRequestedFor(urlEqualTo(API_PATH + "/draft")).withRequestBody(equalToJson("""
                {"answers":{"sys-1":"UNDERWAY"},"comments":{}}""")));

        mvc.perform(post(PAGE).with(csrf()).param("step", "1").param("action", "back"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "?step=intro"));
    }

    @Test
    void saveAndComeBackLaterSavesWithoutNeedingEveryAnswerAndSaysHowToCarryOn() throws Exception {
        mvc.perform(post(PAGE).with(csrf()).param("step", "1").param("action", "save").param("answers.lead-1", "UNDERWAY"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "?step=saved"));
        API.verify(putRequestedFor(urlEqualTo(API_PATH + "/draft")).withRequestBody(equalToJson("""
                {"answers":{"lead-1":"UNDERWAY"},"comments":{}}""")));

        String html = mvc.perform(get(PAGE + "?step=saved")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1 class=\"govuk-heading-l\" id=\"saved-heading\">Your answers have been saved</h1>")
                .contains("The survey closes on 30 June 2026 at 17:00 (UK time).")
                .contains("href=\"" + PAGE + "\"");
    }

    @Test
    void comingBackWithADraftOpensTheFirstStepWithSomethingLeftWithTheSavedAnswersChosen() throws Exception {
        stubSurvey("{\"lead-1\":\"UNDERWAY\",\"lead-2\":\"UNDERWAY\",\"lead-3\":\"JUST_STARTED\",\"sys-1\":\"FULLY_EMBEDDED\"}",
                "{\"LEADERSHIP\":\"Saved comment\"}");

        String html = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"welcome-back\"").contains(">Step 2 of 3</p>")
                .contains("id=\"answers-sys-1-5\" name=\"answers.sys-1\" type=\"radio\" value=\"FULLY_EMBEDDED\" checked");

        String first = mvc.perform(get(PAGE + "?step=1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("value=\"JUST_STARTED\" checked").contains(">Saved comment</textarea>").doesNotContain("welcome-back");
    }

    @Test
    void checkYourAnswersListsEveryAnswerInWordsWithChangeLinks() throws Exception {
        stubSurvey("{\"lead-1\":\"UNDERWAY\",\"lead-2\":\"JUST_STARTED\",\"sys-1\":\"FULLY_EMBEDDED\",\"sys-2\":\"UNDERWAY\"}",
                "{\"LEADERSHIP\":\"Line one <b>\\nline two\"}");

        String html = mvc.perform(get(PAGE + "?step=check")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Check your answers – Step 3 of 3 – Baseline maturity survey – Cohort Coach</title>")
                .contains("id=\"check-heading\"")
                .contains("Just started").contains("Fully embedded").contains("Not answered")
                .contains("Line one &lt;b&gt;\nline two")
                .contains("<a class=\"govuk-link\" href=\"" + PAGE + "?step=2\">Change<span class=\"govuk-visually-hidden\"> your answers on system working</span></a>")
                .contains("id=\"submit-answers\"");
    }

    @Test
    void submittingRedirectsToTheConfirmationWhichShowsOnceTheAnswersAreIn() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo(API_PATH + "/submit")).willReturn(json(200, """
                {"status":"SUBMITTED","submittedAt":"2026-06-01T09:00:00Z"}""")));

        mvc.perform(post(PAGE).with(csrf()).param("step", "check").param("action", "submit"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "?step=done"));
        API.verify(postRequestedFor(urlEqualTo(API_PATH + "/submit")).withHeader("Authorization", absent()));

        API.stubFor(WireMock.get(urlEqualTo(API_PATH)).willReturn(json(409, """
                {"title":"Conflict","status":409,"detail":"This survey has already been answered.","reason":"already-submitted"}""")));
        String html = mvc.perform(get(PAGE + "?step=done")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Answers submitted – Cohort Coach</title>")
                .contains("<h1 class=\"govuk-panel__title\" id=\"confirmation-heading\">Answers submitted</h1>");
    }

    @Test
    void theConfirmationIsNotShownForAnswersNotYetSubmitted() throws Exception {
        mvc.perform(get(PAGE + "?step=done")).andExpect(status().isFound()).andExpect(redirectedUrl(PAGE));
    }

    @Test
    void aSubmitRefusedForMissingAnswersIsShownOnCheckYourAnswersLinkingToTheRows() throws Exception {
        stubSurvey("{\"lead-1\":\"UNDERWAY\",\"lead-2\":\"UNDERWAY\"}", "{}");
        API.stubFor(WireMock.post(urlEqualTo(API_PATH + "/submit")).willReturn(json(400, """
                {"title":"Invalid request","status":400,
                 "errors":[{"field":"answers.sys-2","message":"Select how far your collaborative has got"},
                           {"field":"answers.sys-1","message":"Select how far your collaborative has got"}]}""")));

        String html = mvc.perform(post(PAGE).with(csrf()).param("step", "check").param("action", "submit"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("<a href=\"#answers-sys-1\">")).isPositive().isLessThan(html.indexOf("<a href=\"#answers-sys-2\">"));
        assertThat(html).contains("<dt class=\"govuk-summary-list__key\" id=\"answers-sys-1\" tabindex=\"-1\">Partners pool budgets</dt>");
    }

    @Test
    void aLinkThatCannotBeUsedSaysWhyOnItsOwnPage() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo(API_PATH)).willReturn(json(404, "{\"title\":\"Not found\",\"status\":404}")));
        assertThat(mvc.perform(get(PAGE)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .contains("<h1 class=\"govuk-heading-l\" id=\"message-heading\">This link is not recognised</h1>");

        API.stubFor(WireMock.get(urlEqualTo(API_PATH)).willReturn(json(409, "{\"status\":409,\"reason\":\"not-open\"}")));
        assertThat(mvc.perform(get(PAGE)).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("This survey is not open yet");

        API.stubFor(WireMock.get(urlEqualTo(API_PATH)).willReturn(json(409, "{\"status\":409,\"reason\":\"already-submitted\"}")));
        assertThat(mvc.perform(get(PAGE + "?step=1")).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("You have already answered this survey").doesNotContain("\"status\"");

        API.stubFor(WireMock.get(urlEqualTo(API_PATH)).willReturn(json(410, "{\"status\":410,\"type\":\"https://cohort-coach.nhs.uk/problems/gone\"}")));
        assertThat(mvc.perform(post(PAGE).with(csrf()).param("step", "1").param("action", "continue"))
                        .andExpect(status().isGone()).andReturn().getResponse().getContentAsString())
                .contains("This survey has closed");
    }

    @Test
    void somethingThatIsNotALinkTokenIsNotAskedAbout() throws Exception {
        mvc.perform(get("/respond/short")).andExpect(status().isNotFound());
        mvc.perform(get("/respond/" + "a".repeat(201))).andExpect(status().isNotFound());
        API.verify(0, anyRequestedFor(anyUrl()).withUrl(API_PATH));
        API.verify(0, getRequestedFor(urlEqualTo("/api/respond/short")));
    }

    @Test
    void aStepPostedWithoutTheFormsCsrfTokenIsRefusedAndSavesNothing() throws Exception {
        mvc.perform(post(PAGE).param("step", "1").param("action", "continue").param("answers.lead-1", "UNDERWAY"))
                .andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(urlEqualTo(API_PATH + "/draft")));
    }
}
