package uk.nhs.cohortcoach.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.nhs.cohortcoach.web.signin.SignedInPerson;

/** The cohorts page rendered from a stubbed cohort-service and a stubbed gateway sign-in: no browser, no JavaScript. */
@SpringBootTest
@AutoConfigureMockMvc
class CohortsPageTest {

    private static final WireMockServer API = start();
    private static final String TOKEN = "the-platform-token";
    private static final SignedInPerson MANAGER = new SignedInPerson("manager", TOKEN, Instant.now().plusSeconds(900),
            List.of("PROGRAMME_MANAGER"));

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry registry) {
        registry.add("web.gateway", API::baseUrl);
        registry.add("web.cohort-api", API::baseUrl);
    }

    @AfterAll
    static void stop() {
        API.stop();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        API.resetAll();
        API.stubFor(get(urlPathEqualTo("/api/cohorts")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"items":[{"id":"c2","name":"Phase 2 <2026>","phase":2,"description":null,
                          "startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":3}],
                         "page":0,"size":100,"totalItems":1,"totalPages":1}""")));
    }

    @Test
    void listsTheCohortsFromTheApiCalledWithThePersonsToken() throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get("/cohorts").with(signedIn()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Cohorts – Cohort Coach</title>")
                .contains("class=\"govuk-skip-link\"")
                .contains("govuk-service-navigation__item--active")
                .contains("Phase 2 &lt;2026&gt;") // escaped by the template engine
                .contains("1 April 2026").contains("31 March 2027")
                .contains("<form method=\"post\" action=\"/cohorts\"")
                .contains("name=\"_csrf\"")
                .contains("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
                .doesNotContain(TOKEN)
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void aRefusedCohortIsShownAgainWithTheErrorSummaryAndFieldMessages() throws Exception {
        API.stubFor(post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://cohort-coach.nhs.uk/problems/validation","title":"Invalid request","status":400,
                         "detail":"The request has invalid values.",
                         "errors":[{"field":"name","message":"must not be blank"},
                                   {"field":"startDate","message":"must not be null"}]}""")));

        String html = mvc.perform(MockMvcRequestBuilders.post("/cohorts").with(signedIn()).with(csrf())
                        .param("name", "").param("phase", "3").param("endDateDay", "31").param("endDateMonth", "3")
                        .param("endDateYear", "2028"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Cohorts – Cohort Coach</title>")
                .contains("class=\"govuk-error-summary\"")
                .contains("<a href=\"#name\">Name must not be blank</a>")
                .contains("<a href=\"#startDate-day\">Start date must not be null</a>")
                .contains("<p id=\"name-error\" class=\"govuk-error-message\">")
                .contains("govuk-input govuk-input--error\" id=\"name\"")
                .contains("value=\"31\"") // what was typed is kept
                .contains("value=\"2028\"");
        API.verify(postRequestedFor(urlEqualTo("/api/cohorts")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"name":"","phase":3,"description":null,"startDate":null,"endDate":"2028-03-31"}""")));
    }

    @Test
    void aDateThatIsNotRealIsRefusedBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.post("/cohorts").with(signedIn()).with(csrf()).param("name", "Phase 3")
                        .param("startDateDay", "31").param("startDateMonth", "2").param("startDateYear", "2027"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#startDate-day\">Start date must be a real date</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts")));
    }

    @Test
    void aCreatedCohortRedirectsBackToTheList() throws Exception {
        API.stubFor(post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"c3","name":"Phase 3","phase":3,"description":null,"startDate":"2027-04-01",
                         "endDate":"2028-03-31","status":"PLANNED","version":0}""")));

        mvc.perform(MockMvcRequestBuilders.post("/cohorts").with(signedIn()).with(csrf()).param("name", "Phase 3").param("phase", "3")
                        .param("startDateDay", "1").param("startDateMonth", "4").param("startDateYear", "2027")
                        .param("endDateDay", "31").param("endDateMonth", "3").param("endDateYear", "2028"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cohorts"))
                .andExpect(flash().attribute("created", "Phase 3"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/cohorts").with(signedIn()).param("name", "Phase 3"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts")));
    }

    @Test
    void someoneNotSignedInIsSentToSignIn() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/cohorts"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void signingInWithoutJavaScriptKeepsTheTokenInTheSession() throws Exception {
        API.stubFor(post(urlEqualTo("/auth/login")).withRequestBody(equalToJson("""
                        {"username":"manager","password":"demo"}"""))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"token":"%s","expiresAt":"2030-01-01T00:00:00Z","roles":["PROGRAMME_MANAGER"]}""".formatted(TOKEN))));
        MockHttpSession session = new MockHttpSession();

        MvcResult signedIn = mvc.perform(MockMvcRequestBuilders.post("/sign-in").session(session).with(csrf())
                        .param("username", "manager").param("password", "demo"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cohorts"))
                .andReturn();
        assertThat(signedIn.getResponse().getContentAsString()).doesNotContain(TOKEN);
        assertThat(signedIn.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.contains(TOKEN));

        mvc.perform(MockMvcRequestBuilders.get("/cohorts").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign out manager")));
    }

    @Test
    void aWrongPasswordIsShownOnTheSignInPage() throws Exception {
        API.stubFor(post(urlEqualTo("/auth/login")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":401}")));

        String html = mvc.perform(MockMvcRequestBuilders.post("/sign-in").with(csrf()).param("username", "manager").param("password", "nope"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#username\">The username or password is not right</a>")
                .contains("value=\"manager\"");
    }

    @Test
    void tooManyFailedAttemptsAreExplainedOnTheSignInPage() throws Exception {
        API.stubFor(post(urlEqualTo("/auth/login")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":429}")));

        String html = mvc.perform(MockMvcRequestBuilders.post("/sign-in").with(csrf()).param("username", "manager")
                        .param("password", "nope"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">Too many failed sign-in attempts. Try again later.</a>");
    }

    @Test
    void govukFrontendIsServedFromTheWebJarWithoutSigningIn() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js"))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/assets/js/init.mjs"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("initAll()")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(MANAGER, null,
                List.of(new SimpleGrantedAuthority("ROLE_PROGRAMME_MANAGER"))));
    }
}
