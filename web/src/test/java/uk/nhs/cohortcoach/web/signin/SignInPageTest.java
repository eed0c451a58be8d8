package uk.nhs.cohortcoach.web.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.bearer;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** Signing in and out without JavaScript, against a stubbed gateway. */
@PageTest
class SignInPageTest {

    private static final String SESSION_COOKIE = "cohort_coach_session=the.platform.token; Path=/; Max-Age=36000; HttpOnly; SameSite=Lax";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void reset() {
        StubbedPlatform.reset();
    }

    @Test
    void theSignInPageOffersThePasswordFormAndSetsTheCsrfCookie() throws Exception {
        MvcResult page = mvc.perform(get("/sign-in").queryParam("next", "/cohorts")).andExpect(status().isOk()).andReturn();

        assertThat(page.getResponse().getContentAsString()).contains("<title>Sign in – Cohort Coach</title>")
                .contains("<form method=\"post\" action=\"/sign-in\" id=\"sign-in\" novalidate>")
                .contains("<input type=\"hidden\" name=\"next\" value=\"/cohorts\">")
                .contains("autocomplete=\"current-password\"")
                .doesNotContain("govuk-service-navigation__list"); // nobody signed in: no navigation
        Cookie csrf = page.getResponse().getCookie("XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.isHttpOnly()).isFalse();
        assertThat(csrf.getPath()).isEqualTo("/");
        assertThat(csrf.getAttribute("SameSite")).isEqualTo("Strict");
    }

    @Test
    void eachOidcProviderIsALinkAndThereIsNoPasswordFormWhenTheGatewayHasNone() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/auth/options")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"passwordSignIn\":false,\"providers\":[{\"id\":\"nhs\",\"label\":\"Sign in with your NHS account\",\"path\":\"/oauth2/authorization/nhs\"}]}")));

        String html = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"/oauth2/authorization/nhs\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--start\" data-module=\"govuk-button\">Sign in with your NHS account</a>")
                .doesNotContain("action=\"/sign-in\"");
    }

    @Test
    void anOidcSignInThatFailedIsExplained() throws Exception {
        String html = mvc.perform(get("/sign-in").queryParam("signin", "failed")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">Sign in did not work. Try again</a>");
    }

    @Test
    void theFormsOwnCsrfCookieAndFieldLetItThroughAndTheGatewaysCookieIsRelayed() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/auth/login")).willReturn(signedIn()));
        MvcResult page = mvc.perform(get("/sign-in")).andReturn();
        Cookie csrfCookie = page.getResponse().getCookie("XSRF-TOKEN");
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponse().getContentAsString());
        assertThat(field.find()).isTrue();

        MvcResult signedIn = mvc.perform(post("/sign-in").cookie(csrfCookie).param("_csrf", field.group(1))
                        .param("username", "manager").param("password", "demo").param("next", "/cohorts?page=2")
                        .header("X-Forwarded-For", "203.0.113.7, 10.0.0.2"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cohorts?page=2"))
                .andReturn();

        API.verify(postRequestedFor(urlEqualTo("/auth/login"))
                .withHeader("X-Forwarded-For", equalTo("203.0.113.7, 10.0.0.2"))
                .withRequestBody(equalToJson("{\"username\":\"manager\",\"password\":\"demo\"}")));
        Cookie session = signedIn.getResponse().getCookie("cohort_coach_session");
        assertThat(session).isNotNull();
        assertThat(session.getValue()).isEqualTo("the.platform.token");
        assertThat(session.getMaxAge()).isEqualTo(36000);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(signedIn.getResponse().getHeaders("Set-Cookie")).as("only the session cookie is relayed")
                .noneMatch(cookie -> cookie.contains("from-the-gateway"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(signedIn.getResponse().getContentAsString()).doesNotContain("the.platform.token");
    }

    @Test
    void aNextAddressOnAnotherSiteIsIgnored() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/auth/login")).willReturn(signedIn()));

        mvc.perform(post("/sign-in").with(csrf()).param("username", "manager").param("password", "demo").param("next", "//evil.example/x"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "manager").param("password", "demo").param("next", "https://evil.example/"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void emptyFieldsAreAskedForInFormOrderWithoutAskingTheGateway() throws Exception {
        String html = mvc.perform(post("/sign-in").with(csrf()).param("username", " ").param("password", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("<a href=\"#username\">Enter your username</a>")).isPositive()
                .isLessThan(html.indexOf("<a href=\"#password\">Enter your password</a>"));
        API.verify(0, postRequestedFor(urlEqualTo("/auth/login")));
    }

    @Test
    void aWrongPasswordIsExplainedAndTheUsernameKept() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/auth/login")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":401,\"detail\":\"The username or password is not right.\"}")));

        MvcResult page = mvc.perform(post("/sign-in").with(csrf()).param("username", "manager<b>").param("password", "nope"))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(page.getResponse().getContentAsString())
                .contains("<a href=\"#username\">The username or password is not right</a>")
                .contains("value=\"manager&lt;b") // escaped in the attribute
                .doesNotContain("manager<b>")
                .doesNotContain("value=\"nope\"");
        assertThat(page.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("cohort_coach_session"));
    }

    @Test
    void tooManyAttemptsSayHowLongToWait() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/auth/login")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "90")
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":429}")));

        String html = mvc.perform(post("/sign-in").with(csrf()).param("username", "manager").param("password", "nope"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">You have tried to sign in too many times. Wait 2 minutes and try again</a>")
                .contains("value=\"manager\"");
    }

    @Test
    void passwordSignInSwitchedOffIsExplained() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/auth/login")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://cohort-coach.nhs.uk/problems/password-sign-in-off\",\"status\":401}")));

        String html = mvc.perform(post("/sign-in").with(csrf()).param("username", "manager").param("password", "demo"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Signing in with a username and password is switched off. Sign in with your organisation's account");
    }

    @Test
    void aGatewayThatDoesNotAnswerGivesTheProblemPageAs503() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/auth/options"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        mvc.perform(get("/sign-in")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void signingOutClearsTheSessionCookieAndSaysSo() throws Exception {
        MvcResult out = mvc.perform(post("/sign-out").with(as("manager-1", Role.PROGRAMME_MANAGER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in?signedOut=1")).andReturn();

        assertThat(out.getResponse().getHeaders("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("cohort_coach_session=;") && cookie.contains("Max-Age=0")
                        && cookie.contains("Path=/") && cookie.contains("HttpOnly"));
        String page = mvc.perform(get("/sign-in").queryParam("signedOut", "1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"signed-out\"")
                .contains("<p class=\"govuk-notification-banner__heading\">You have signed out</p>");
    }

    @Test
    void theHomeAddressSendsEachRoleToItsStartPage() throws Exception {
        mvc.perform(get("/").with(as("m", Role.PROGRAMME_MANAGER))).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/").with(as("c", Role.COACH))).andExpect(redirectedUrl("/my-sessions"));
        mvc.perform(get("/").with(as("p", Role.PARTICIPANT))).andExpect(redirectedUrl("/my-collaborative"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anExpiredOrForeignTokenIsNobody() throws Exception {
        mvc.perform(get("/cohorts").with(bearer(TestTokens.expired("m", Role.PROGRAMME_MANAGER))))
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));
        mvc.perform(get("/cohorts").with(bearer(TestTokens.signedByForeignKey("m", Role.PROGRAMME_MANAGER))))
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));
        mvc.perform(get("/cohorts").with(bearer(TestTokens.withIssuer("someone-else", "m", Role.PROGRAMME_MANAGER))))
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));
        mvc.perform(get("/cohorts").with(bearer(TestTokens.unsigned("m", Role.PROGRAMME_MANAGER))))
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder signedIn() {
        return aResponse().withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", SESSION_COOKIE)
                .withHeader("Set-Cookie", "XSRF-TOKEN=from-the-gateway; Path=/")
                .withBody("{\"token\":\"the.platform.token\",\"expiresAt\":\"2030-01-01T00:00:00Z\",\"roles\":[\"PROGRAMME_MANAGER\"]}");
    }
}
