package uk.nhs.cohortcoach.web.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /privacy} (the notice, for anyone) and {@code /personal-data} (subject access and erasure, managers) against stubbed services. */
@PageTest
class PersonalDataPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlEqualTo("/api/privacy/cohort/people/p-1")).willReturn(json(200,
                "{\"service\":\"cohort-service\",\"personId\":\"p-1\",\"person\":{\"name\":\"Priya <Nair>\"}}")));
        API.stubFor(WireMock.get(urlEqualTo("/api/privacy/coaching/people/p-1")).willReturn(json(404, "{\"status\":404}")));
        API.stubFor(WireMock.get(urlEqualTo("/api/privacy/survey/people/p-1")).willReturn(json(200,
                "{\"service\":\"survey-service\",\"personId\":\"p-1\",\"invitations\":[]}")));
        API.stubFor(WireMock.get(urlEqualTo("/api/privacy/notification/people/p-1")).willReturn(json(503, "{\"status\":503}")));
        API.stubFor(WireMock.get(urlEqualTo("/api/people/p-1")).willReturn(json(200, "{\"id\":\"p-1\",\"name\":\"Priya <Nair>\"}")));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }

    @Test
    void thePrivacyNoticeIsOpenToAnyoneWithoutSigningIn() throws Exception {
        String html = mvc.perform(get("/privacy")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Privacy notice – Cohort Coach</title>")
                .contains("<h2 class=\"govuk-heading-m\">Your rights</h2>")
                .contains("data-notice>Your survey answers are anonymous");
    }

    @Test
    void theFormOffersDownloadAndEraseAndIsInTheManagersNavigation() throws Exception {
        String html = mvc.perform(get("/personal-data").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a class=\"govuk-service-navigation__link\" href=\"/personal-data\" aria-current=\"page\">")
                .contains("<form method=\"post\" action=\"/personal-data/download\" id=\"privacy\" novalidate>")
                .contains("id=\"personId\" name=\"personId\"")
                .contains("id=\"erase\" formaction=\"/personal-data/erase\">Erase this person</button>");
    }

    @Test
    void theDownloadIsOneJsonFileFromEveryServiceNamingTheOneThatCouldNotAnswer() throws Exception {
        MvcResult file = mvc.perform(post("/personal-data/download").with(manager()).with(csrf()).param("personId", " p-1 "))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=").contains("personal-data-p-1.json");

        String body = file.getResponse().getContentAsString();
        assertThat(body).contains("\"personId\" : \"p-1\"").contains("Priya <Nair>").contains("\"holds\" : \"nothing\"")
                .contains("\"survey-service\"").containsPattern("\"unavailable\" : \\[ \"notification\" \\]");
        API.verify(getRequestedFor(urlEqualTo("/api/privacy/coaching/people/p-1")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void aPersonIdLeftOutOrUnknownIsShownOnTheField() throws Exception {
        String blank = mvc.perform(post("/personal-data/download").with(manager()).with(csrf()).param("personId", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("<a href=\"#personId\">Enter the person id</a>").contains("<title>Error: Personal data – Cohort Coach</title>");

        API.stubFor(WireMock.get(urlEqualTo("/api/privacy/cohort/people/nobody")).willReturn(json(404, "{\"status\":404}")));
        String unknown = mvc.perform(post("/personal-data/download").with(manager()).with(csrf()).param("personId", "nobody"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("<a href=\"#personId\">There is no person with this id. Check the id in the team list or the person’s record</a>")
                .contains("value=\"nobody\"");

        String erase = mvc.perform(post("/personal-data/erase").with(manager()).with(csrf()).param("personId", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(erase).contains("<a href=\"#personId\">Enter the person id</a>");
    }

    @Test
    void erasingGoesThroughTheConfirmationPageNamingThePersonAndEndsWithABanner() throws Exception {
        mvc.perform(post("/personal-data/erase").with(manager()).with(csrf()).param("personId", "p-1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/personal-data/p-1/erase"));
        API.verify(0, postRequestedFor(urlPathMatching("/api/people/.*/erase")));

        String confirm = mvc.perform(get("/personal-data/p-1/erase").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("<h1 class=\"govuk-heading-l\">Are you sure you want to erase Priya &lt;Nair&gt;?</h1>")
                .contains("<form method=\"post\" action=\"/personal-data/p-1/erase\" novalidate>")
                .contains("govuk-button--warning").contains("You cannot undo this.");

        API.stubFor(WireMock.post(urlEqualTo("/api/people/p-1/erase")).willReturn(json(200,
                "{\"personId\":\"p-1\",\"name\":\"Erased person\",\"erasedAt\":\"2026-12-07T10:00:00Z\"}")));
        MvcResult erased = mvc.perform(post("/personal-data/p-1/erase").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/personal-data")).andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/people/p-1/erase")));
        Cookie flash = erased.getResponse().getCookie("cc_flash");
        assertThat(new String(Base64.getUrlDecoder().decode(flash.getValue())))
                .isEqualTo("Erased: the person is now shown as “Erased person”. Every service removes what it holds within moments");
    }

    @Test
    void personalDataIsForProgrammeManagersOnlyAndNeedsTheFormsToken() throws Exception {
        mvc.perform(get("/personal-data").with(coach())).andExpect(status().isForbidden());
        mvc.perform(post("/personal-data/p-1/erase").with(coach()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/personal-data/p-1/erase").with(manager())).andExpect(status().isForbidden()); // no CSRF token
        API.verify(0, postRequestedFor(urlPathMatching("/api/people/.*/erase")));
        mvc.perform(get("/personal-data")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in?next=%2Fpersonal-data"));
    }

    @Test
    void theOldAddressMovedHere() throws Exception {
        mvc.perform(get("/admin/privacy")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/personal-data"));
    }
}
