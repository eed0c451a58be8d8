package uk.nhs.cohortcoach.web.kept;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** Nobody loses typed work: a form posted after the sign-in expired is kept, and saved after signing in again. */
@PageTest
class KeptFormsPageTest {

    private static final String MANAGER = "manager-kept";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void reset() {
        StubbedPlatform.reset();
        mongo.dropCollection(KeptForms.COLLECTION);
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
    }

    @Test
    void aFormPostedWithAnExpiredTokenIsKeptForItsPersonAndTheySignInAgain() throws Exception {
        String location = mvc.perform(post("/cohorts").with(bearer(TestTokens.expired(MANAGER, Role.PROGRAMME_MANAGER))).with(csrf())
                        .param("name", "Phase <3>").param("phase", "3")
                        .param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2027"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/sign-in\\?kept=[A-Za-z0-9_-]{22}");
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts")));
        List<KeptForm> kept = mongo.findAll(KeptForm.class, KeptForms.COLLECTION);
        assertThat(kept).singleElement().satisfies(form -> {
            assertThat(form.id()).isEqualTo(location.substring("/sign-in?kept=".length()));
            assertThat(form.subject()).isEqualTo(MANAGER);
            assertThat(form.action()).isEqualTo("/cohorts");
            assertThat(form.fields()).containsExactly(new KeptForm.Field("name", "Phase <3>"), new KeptForm.Field("phase", "3"),
                    new KeptForm.Field("startDate.day", "1"), new KeptForm.Field("startDate.month", "4"),
                    new KeptForm.Field("startDate.year", "2027"));
        });

        String signIn = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(signIn).contains("<p class=\"govuk-notification-banner__heading\">You were signed out. Sign in again and you can save your changes</p>")
                .contains("<input type=\"hidden\" name=\"next\" value=\"/kept/" + kept.get(0).id() + "\">");
    }

    @Test
    void afterSigningInThePersonSavesTheirChangesAndTheEntryIsDeleted() throws Exception {
        String id = keepACohortForm();

        String page = mvc.perform(get("/kept/" + id).with(as(MANAGER, Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Save your changes</h1>")
                .contains("<form method=\"post\" action=\"/cohorts\" novalidate>")
                .contains("<input type=\"hidden\" name=\"_kept\" value=\"" + id + "\">")
                .contains("<input type=\"hidden\" name=\"name\" value=\"Phase &lt;3")
                .contains("<dd class=\"govuk-summary-list__value\">Phase &lt;3&gt;</dd>")
                .contains("name=\"_csrf\"");

        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"c3","name":"Phase <3>","phase":3,"status":"PLANNED","version":0}""")));
        mvc.perform(post("/cohorts").with(as(MANAGER, Role.PROGRAMME_MANAGER)).with(csrf()).param("_kept", id)
                        .param("name", "Phase <3>").param("phase", "3"))
                .andExpect(redirectedUrl("/cohorts"));

        API.verify(postRequestedFor(urlEqualTo("/api/cohorts")).withRequestBody(equalToJson("""
                {"name":"Phase <3>","phase":3,"description":null,"startDate":null,"endDate":null}""")));
        assertThat(mongo.findAll(KeptForm.class, KeptForms.COLLECTION)).isEmpty();
        mvc.perform(get("/kept/" + id).with(as(MANAGER, Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
    }

    @Test
    void someoneElseCannotSeeAKeptForm() throws Exception {
        String id = keepACohortForm();

        mvc.perform(get("/kept/" + id).with(as("another-manager", Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
        mvc.perform(post("/cohorts").with(as("another-manager", Role.PROGRAMME_MANAGER)).with(csrf()).param("_kept", id).param("name", "x"));
        assertThat(mongo.findAll(KeptForm.class, KeptForms.COLLECTION)).as("not deleted by someone else").hasSize(1);
    }

    @Test
    void aFormKeptMoreThan30MinutesAgoIsGone() throws Exception {
        mongo.insert(new KeptForm("old-one", MANAGER, "/cohorts", List.of(new KeptForm.Field("name", "x")),
                Instant.now().minusSeconds(31 * 60)), KeptForms.COLLECTION);

        mvc.perform(get("/kept/old-one").with(as(MANAGER, Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
        mvc.perform(get("/").with(as(MANAGER, Role.PROGRAMME_MANAGER))).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void signingInAnyWayLandsOnSaveYourChangesFirst() throws Exception {
        String id = keepACohortForm();

        // after an OIDC sign-in the gateway sends the person to "/"
        mvc.perform(get("/").with(as(MANAGER, Role.PROGRAMME_MANAGER))).andExpect(redirectedUrl("/kept/" + id));
    }

    @Test
    void aFormTheApiRefusesBecauseTheTokenExpiredOnTheWayIsKeptToo() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(401)));

        String location = mvc.perform(post("/cohorts").with(as(MANAGER, Role.PROGRAMME_MANAGER)).with(csrf()).param("name", "Phase 9"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/sign-in?kept=");
        assertThat(mongo.findAll(KeptForm.class, KeptForms.COLLECTION)).singleElement()
                .satisfies(form -> assertThat(form.fields()).contains(new KeptForm.Field("name", "Phase 9")));
    }

    @Test
    void aPageOpenedWithAnExpiredTokenKeepsNothing() throws Exception {
        mvc.perform(get("/cohorts").with(bearer(TestTokens.expired(MANAGER, Role.PROGRAMME_MANAGER))))
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));
        mvc.perform(post("/cohorts").with(bearer(TestTokens.signedByForeignKey(MANAGER, Role.PROGRAMME_MANAGER))).with(csrf())
                        .param("name", "x"))
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));

        assertThat(mongo.findAll(KeptForm.class, KeptForms.COLLECTION)).as("a forged token's form is not kept").isEmpty();
    }

    private String keepACohortForm() throws Exception {
        String location = mvc.perform(post("/cohorts").with(bearer(TestTokens.expired(MANAGER, Role.PROGRAMME_MANAGER))).with(csrf())
                        .param("name", "Phase <3>").param("phase", "3"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/sign-in?kept=".length());
    }
}
