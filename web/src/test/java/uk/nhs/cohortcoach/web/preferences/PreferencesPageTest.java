package uk.nhs.cohortcoach.web.preferences;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /preferences}: anyone's own reminder emails, on or off, without JavaScript. */
@PageTest
class PreferencesPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlEqualTo("/api/preferences/me")).willReturn(json("""
                {"personId":"member-1","reminders":false,"updatedAt":"2026-07-01T08:05:00Z"}""")));
    }

    @Test
    void aMemberSeesTheirChoiceCheckedAndWhenTheyLastChangedItInLondonTime() throws Exception {
        String html = mvc.perform(get("/preferences").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Email preferences – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/preferences\" aria-current=\"page\">")
                .contains("<form method=\"post\" action=\"/preferences\" id=\"preferences\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("id=\"reminders\" name=\"reminders\" type=\"radio\" value=\"true\"")
                .contains("id=\"reminders-2\" name=\"reminders\" type=\"radio\" value=\"false\" checked")
                .contains("Last changed 1 July 2026 at 09:05.")
                .doesNotContain("govuk-error-summary");
        assertThat(html.indexOf("value=\"true\" checked")).as("only the saved answer is checked").isNegative();
    }

    @Test
    void someoneWhoNeverChangedItIsToldRemindersAreSent() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/preferences/me")).willReturn(json("""
                {"personId":"coach-1","reminders":true,"updatedAt":null}""")));

        String html = mvc.perform(get("/preferences").with(coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("You have not changed this yet: reminders are sent.")
                .contains("value=\"true\" checked");
    }

    @Test
    void savingRedirectsBackWithTheBannerSayingWhatWasSaved() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/preferences/me")).willReturn(json("""
                {"personId":"member-1","reminders":true,"updatedAt":"2026-07-02T10:00:00Z"}""")));

        MvcResult saved = mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/preferences")).andReturn();

        API.verify(putRequestedFor(urlEqualTo("/api/preferences/me")).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("{\"reminders\":true}")));
        assertThat(flash(saved))
                .isEqualTo("Saved: you will get reminder emails");
    }

    @Test
    void nothingChosenIsAskedForBeforeTheApiIsCalled() throws Exception {
        String html = mvc.perform(post("/preferences").with(member()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Email preferences – Cohort Coach</title>")
                .contains("<a href=\"#reminders\">Select whether you want reminder emails</a>")
                .contains("<p id=\"reminders-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select whether you want reminder emails</p>");
        API.verify(0, putRequestedFor(urlEqualTo("/api/preferences/me")));
    }

    @Test
    void theApisRefusalIsShownOnTheField() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/preferences/me")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"title":"Invalid request","detail":"The request has invalid values.",
                         "errors":[{"field":"reminders","message":"Select whether you want reminder emails <b>now</b>"}]}""")));

        String html = mvc.perform(post("/preferences").with(member()).with(csrf()).param("reminders", "false"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#reminders\">Select whether you want reminder emails &lt;b&gt;now&lt;/b&gt;</a>")
                .contains("value=\"false\" checked");
    }

    @Test
    void theOldAddressMovedPermanently() throws Exception {
        mvc.perform(get("/admin/preferences")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/preferences"));
    }

    private static RequestPostProcessor member() {
        return as("member-1", Role.PARTICIPANT);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
