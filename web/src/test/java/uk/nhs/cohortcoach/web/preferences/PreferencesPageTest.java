package uk.nhs.cohortcoach.web.preferences;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.bearer;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;
import uk.nhs.cohortcoach.web.kept.KeptForm;

/**
 * {@code /preferences}: anyone's own reminder emails and new-resource emails, each on or off, without JavaScript;
 * each answer that changed is sent by its own operation, and only those.
 */
@PageTest
class PreferencesPageTest {

    private static final String ME = "/api/preferences/me";
    private static final String NEW_RESOURCES = "/api/preferences/me/new-resources";
    /** web's kept forms (package {@code kept}'s collection). */
    private static final String KEPT = "kept_forms";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        mongo.dropCollection(KEPT);
        saved(false, true, "\"2026-07-01T08:05:00Z\"");
    }

    @Test
    void aMemberSeesBothChoicesCheckedAndWhenTheyLastChangedThemInLondonTime() throws Exception {
        String html = mvc.perform(get("/preferences").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Email preferences – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/preferences\" aria-current=\"page\">")
                .contains("<form method=\"post\" action=\"/preferences\" id=\"preferences\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\"")
                .contains("id=\"reminders-2\" name=\"reminders\" type=\"radio\" value=\"false\" checked")
                .contains("Email me when a new resource is published in the knowledge hub</legend>")
                .contains("id=\"newResources\" name=\"newResources\" type=\"radio\" value=\"true\" checked")
                .contains("<label class=\"govuk-label govuk-radios__label\" for=\"newResources\">Yes</label>")
                .contains("id=\"newResources-2\" name=\"newResources\" type=\"radio\" value=\"false\"")
                .contains("<label class=\"govuk-label govuk-radios__label\" for=\"newResources-2\">No</label>")
                .contains("Last changed 1 July 2026 at 09:05.")
                .doesNotContain("govuk-error-summary");
        assertThat(html).doesNotContain("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\" checked")
                .doesNotContain("id=\"newResources-2\" name=\"newResources\" type=\"radio\" value=\"false\" checked");
        assertThat(html.indexOf("name=\"reminders\"")).as("reminders first, then new resources, one form")
                .isLessThan(html.indexOf("name=\"newResources\""));
        assertThat(html.indexOf("name=\"newResources\"")).isLessThan(html.indexOf("Save preferences"));
    }

    @Test
    void someoneWhoNeverChangedThemIsToldRemindersAreSentAndNewResourceEmailsAreNot() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo(ME)).willReturn(json("""
                {"personId":"coach-1","reminders":true,"newResources":false,"updatedAt":null}""")));

        String html = mvc.perform(get("/preferences").with(coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("You have not changed these yet: reminders are sent, and new-resource emails are not.")
                .contains("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\" checked")
                .contains("id=\"newResources-2\" name=\"newResources\" type=\"radio\" value=\"false\" checked");
    }

    @Test
    void changingOnlyRemindersSendsOnlyTheRemindersOperation() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(ME)).willReturn(json("""
                {"personId":"member-1","reminders":true,"newResources":true,"updatedAt":"2026-07-02T10:00:00Z"}""")));

        MvcResult saved = mvc.perform(post("/preferences").with(member()).with(csrf())
                        .param("reminders", "true").param("newResources", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/preferences")).andReturn();

        API.verify(putRequestedFor(urlEqualTo(ME)).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("{\"reminders\":true}")));
        API.verify(0, putRequestedFor(urlEqualTo(NEW_RESOURCES)));
        assertThat(flash(saved)).isEqualTo("Saved: you will get reminder emails");
    }

    @Test
    void changingOnlyNewResourcesSendsOnlyItsOwnOperation() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(NEW_RESOURCES)).willReturn(json("""
                {"personId":"member-1","reminders":false,"newResources":false,"updatedAt":"2026-07-02T10:00:00Z"}""")));

        MvcResult saved = mvc.perform(post("/preferences").with(member()).with(csrf())
                        .param("reminders", "false").param("newResources", "false"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/preferences")).andReturn();

        API.verify(putRequestedFor(urlEqualTo(NEW_RESOURCES)).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("{\"newResources\":false}")));
        API.verify(0, putRequestedFor(urlEqualTo(ME)));
        assertThat(flash(saved)).isEqualTo("Saved: you will not get emails about new resources in the knowledge hub");
    }

    @Test
    void changingBothSendsBothAndTheBannerSaysBoth() throws Exception {
        saved(true, false, "null");
        API.stubFor(WireMock.put(urlEqualTo(ME)).willReturn(json("""
                {"personId":"member-1","reminders":false,"newResources":false,"updatedAt":"2026-07-02T10:00:00Z"}""")));
        API.stubFor(WireMock.put(urlEqualTo(NEW_RESOURCES)).willReturn(json("""
                {"personId":"member-1","reminders":false,"newResources":true,"updatedAt":"2026-07-02T10:00:01Z"}""")));

        MvcResult saved = mvc.perform(post("/preferences").with(member()).with(csrf())
                        .param("reminders", "false").param("newResources", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/preferences")).andReturn();

        API.verify(putRequestedFor(urlEqualTo(ME)).withRequestBody(equalToJson("{\"reminders\":false}")));
        API.verify(putRequestedFor(urlEqualTo(NEW_RESOURCES)).withRequestBody(equalToJson("{\"newResources\":true}")));
        assertThat(flash(saved)).isEqualTo("Saved: you will not get reminder emails, "
                + "and you will get an email when a new resource is published in the knowledge hub");
    }

    @Test
    void savingTheSameAnswersSendsNothingAndSaysSo() throws Exception {
        MvcResult saved = mvc.perform(post("/preferences").with(member()).with(csrf())
                        .param("reminders", "false").param("newResources", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/preferences")).andReturn();

        API.verify(0, putRequestedFor(urlMatching("/api/preferences/.*")));
        assertThat(flash(saved)).isEqualTo("Nothing to save: your email preferences are as they were");
    }

    @Test
    void everyCombinationOfSavedAndPostedAnswersSendsExactlyTheOperationsWhoseAnswerChanged() throws Exception {
        for (int combination = 0; combination < 16; combination++) {
            boolean savedReminders = (combination & 1) != 0;
            boolean savedNew = (combination & 2) != 0;
            boolean wantReminders = (combination & 4) != 0;
            boolean wantNew = (combination & 8) != 0;
            StubbedPlatform.reset();
            saved(savedReminders, savedNew, "null");
            API.stubFor(WireMock.put(urlEqualTo(ME)).willReturn(json(preference(wantReminders, savedNew))));
            API.stubFor(WireMock.put(urlEqualTo(NEW_RESOURCES)).willReturn(json(preference(wantReminders, wantNew))));
            String combinationSaid = "saved %s/%s, posted %s/%s".formatted(savedReminders, savedNew, wantReminders, wantNew);

            MvcResult saved = mvc.perform(post("/preferences").with(member()).with(csrf())
                            .param("reminders", String.valueOf(wantReminders)).param("newResources", String.valueOf(wantNew)))
                    .andExpect(status().isFound()).andReturn();

            assertThat(API.findAll(putRequestedFor(urlEqualTo(ME)))).as(combinationSaid).hasSize(savedReminders != wantReminders ? 1 : 0)
                    .allSatisfy(put -> assertThat(put.getBodyAsString()).isEqualTo("{\"reminders\":" + wantReminders + "}"));
            assertThat(API.findAll(putRequestedFor(urlEqualTo(NEW_RESOURCES)))).as(combinationSaid).hasSize(savedNew != wantNew ? 1 : 0)
                    .allSatisfy(put -> assertThat(put.getBodyAsString()).isEqualTo("{\"newResources\":" + wantNew + "}"));
            String banner = flash(saved);
            assertThat(banner.contains("reminder emails")).as(combinationSaid).isEqualTo(savedReminders != wantReminders);
            assertThat(banner.contains("new resource")).as(combinationSaid).isEqualTo(savedNew != wantNew);
            if (savedReminders != wantReminders) {
                assertThat(banner).as(combinationSaid).contains(wantReminders ? "you will get reminder emails" : "you will not get reminder emails");
            }
        }
    }

    @Test
    void nothingChosenIsAskedForInFormOrderBeforeTheApiIsCalled() throws Exception {
        String html = mvc.perform(post("/preferences").with(member()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Email preferences – Cohort Coach</title>")
                .contains("<a href=\"#reminders\">Select whether you want reminder emails</a>")
                .contains("<p id=\"reminders-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select whether you want reminder emails</p>")
                .contains("<p id=\"newResources-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> "
                        + "Select whether you want an email when a new resource is published in the knowledge hub</p>");
        int reminders = html.indexOf("<a href=\"#reminders\">");
        int newResources = html.indexOf("<a href=\"#newResources\">Select whether you want an email when a new resource is published in the knowledge hub</a>");
        assertThat(reminders).isPositive().isLessThan(newResources);
        API.verify(0, putRequestedFor(urlMatching("/api/preferences/.*")));
    }

    @Test
    void anAnswerOtherThanYesOrNoIsRefusedInWordsAndNothingIsSaved() throws Exception {
        for (String hostile : List.of("yes", "no", "TRUE", "1", "on", "maybe", " true", "true ", "true,false", "<b>true</b>", "null")) {
            StubbedPlatform.reset();
            saved(false, true, "null");

            String html = mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "true").param("newResources", hostile))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

            assertThat(html).as(hostile)
                    .contains("<a href=\"#newResources\">Select whether you want an email when a new resource is published in the knowledge hub</a>")
                    .doesNotContain("<a href=\"#reminders\">")
                    .contains("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\" checked")
                    .doesNotContain("name=\"newResources\" type=\"radio\" value=\"true\" checked")
                    .doesNotContain("name=\"newResources\" type=\"radio\" value=\"false\" checked")
                    .doesNotContain("<b>true</b>");
            API.verify(0, putRequestedFor(urlMatching("/api/preferences/.*")));
        }
    }

    @Test
    void twoAnswersForOneQuestionAreRefusedInWords() throws Exception {
        String html = mvc.perform(post("/preferences").with(member()).with(csrf())
                        .param("reminders", "true", "false").param("newResources", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#reminders\">Select whether you want reminder emails</a>");
        API.verify(0, putRequestedFor(urlMatching("/api/preferences/.*")));
    }

    @Test
    void theApisRefusalOfRemindersIsShownOnTheField() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(ME)).willReturn(problem("""
                {"status":400,"title":"Invalid request","detail":"The request has invalid values.",
                 "errors":[{"field":"reminders","message":"Select whether you want reminder emails <b>now</b>"}]}""")));

        String html = mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "true").param("newResources", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#reminders\">Select whether you want reminder emails &lt;b&gt;now&lt;/b&gt;</a>")
                .contains("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\" checked")
                .doesNotContain("preferences-partly-saved");
    }

    @Test
    void whenRemindersAreSavedAndNewResourcesRefusedThePageSaysWhichWasSavedAndShowsTheRefusal() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(ME)).willReturn(json(preference(true, true))));
        API.stubFor(WireMock.put(urlEqualTo(NEW_RESOURCES)).willReturn(problem("""
                {"status":400,"title":"Invalid request","detail":"The request has invalid values.",
                 "errors":[{"field":"newResources","message":"Select whether you want new-resource emails"}]}""")));

        String html = mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "true").param("newResources", "false"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Email preferences – Cohort Coach</title>")
                .contains("<a href=\"#newResources\">Select whether you want new-resource emails</a>")
                .contains("<p id=\"newResources-error\" class=\"govuk-error-message\">")
                .contains("id=\"newResources-2\" name=\"newResources\" type=\"radio\" value=\"false\" checked")
                .contains("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\" checked")
                .contains("<div class=\"govuk-inset-text\" id=\"preferences-partly-saved\">"
                        + "Saved: you will get reminder emails. Your other answer was not saved.</div>");
        API.verify(putRequestedFor(urlEqualTo(ME)).withRequestBody(equalToJson("{\"reminders\":true}")));
    }

    @Test
    void aRefusalWithoutFieldErrorsIsShownAboutTheWholeForm() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(NEW_RESOURCES)).willReturn(problem("""
                {"status":400,"title":"Invalid request","detail":"Your preferences could not be changed."}""")));

        String html = mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "false").param("newResources", "false"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("govuk-error-summary").contains("Your preferences could not be changed.")
                .doesNotContain("preferences-partly-saved");
        API.verify(0, putRequestedFor(urlEqualTo(ME)));
    }

    @Test
    void onlyTheSignedInPersonsOwnPreferencesAreReadOrChangedWhateverIsPosted() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(NEW_RESOURCES)).willReturn(json(preference(false, false))));

        mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "false").param("newResources", "false")
                        .param("personId", "someone-else"))
                .andExpect(status().isFound());

        assertThat(API.findAll(anyRequestedFor(urlMatching("/api/preferences/.*"))))
                .allSatisfy(request -> assertThat(request.getUrl()).isIn(ME, NEW_RESOURCES));
    }

    @Test
    void signedOutOrWithoutTheFormsTokenNothingIsSaved() throws Exception {
        mvc.perform(get("/preferences")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in?next=%2Fpreferences"));
        String html = mvc.perform(post("/preferences").with(member()).param("reminders", "true").param("newResources", "false"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This form has expired");
        API.verify(0, putRequestedFor(urlMatching("/api/preferences/.*")));
    }

    @Test
    void aFormPostedAfterTheSignInExpiredIsKeptWithBothAnswers() throws Exception {
        String location = mvc.perform(post("/preferences").with(bearer(TestTokens.expired("member-1", Role.PARTICIPANT))).with(csrf())
                        .param("reminders", "true").param("newResources", "false"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/sign-in?kept=");
        assertThat(mongo.findAll(KeptForm.class, KEPT)).singleElement().satisfies(kept -> {
            assertThat(kept.action()).isEqualTo("/preferences");
            assertThat(kept.fields()).containsExactly(new KeptForm.Field("reminders", "true"), new KeptForm.Field("newResources", "false"));
        });
        API.verify(0, putRequestedFor(urlMatching("/api/preferences/.*")));
    }

    @Test
    void theOldAddressMovedPermanently() throws Exception {
        mvc.perform(get("/admin/preferences")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/preferences"));
    }

    /** What notification-service answers for the member's preferences. */
    private static void saved(boolean reminders, boolean newResources, String updatedAt) {
        API.stubFor(WireMock.get(urlEqualTo(ME)).willReturn(json("""
                {"personId":"member-1","reminders":%s,"newResources":%s,"updatedAt":%s}""".formatted(reminders, newResources, updatedAt))));
    }

    private static String preference(boolean reminders, boolean newResources) {
        return """
                {"personId":"member-1","reminders":%s,"newResources":%s,"updatedAt":"2026-07-02T10:00:00Z"}""".formatted(reminders, newResources);
    }

    private static RequestPostProcessor member() {
        return as("member-1", Role.PARTICIPANT);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder problem(String body) {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody(body);
    }
}
