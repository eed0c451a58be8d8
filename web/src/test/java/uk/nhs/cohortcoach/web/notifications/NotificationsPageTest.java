package uk.nhs.cohortcoach.web.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /notifications}: the delivery log, its filters in the address, and retrying a failed message. */
@PageTest
class NotificationsPageTest {

    private static final String FAILED = """
            {"id":"n1","purpose":"SURVEY_INVITATION","recipientId":"p-7","recipientName":"Ada <i>Lovelace</i>",
             "status":"TECHNICAL_FAILURE","attempts":5,"lastError":"Notify said <no>","dueAt":"2026-07-01T08:00:00Z",
             "createdAt":"2026-07-01T08:00:00Z","updatedAt":"2026-07-01T09:30:00Z","completedAt":null,
             "personalisation":{"wave_label":"Baseline"},"retryable":true}""";
    private static final String DELIVERED = """
            {"id":"n2","purpose":"SESSION_REMINDER","recipientId":"p-8","recipientName":null,
             "status":"DELIVERED","attempts":1,"lastError":null,"dueAt":"2026-12-01T10:00:00Z",
             "createdAt":"2026-11-30T10:00:00Z","updatedAt":null,"completedAt":"2026-12-01T10:00:05Z",
             "personalisation":{"title":"Coaching"},"retryable":false}""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/notifications")).willReturn(json("""
                {"items":[%s,%s],"page":0,"size":25,"totalItems":2,"totalPages":1}""".formatted(FAILED, DELIVERED))));
        API.stubFor(WireMock.get(urlEqualTo("/api/notifications/n1")).willReturn(json(FAILED)));
        API.stubFor(WireMock.get(urlEqualTo("/api/notifications/n2")).willReturn(json(DELIVERED)));
    }

    @Test
    void theLogIsShownNewestFirstEscapedInLondonTimeWithRetryOnlyForTheFailedMessage() throws Exception {
        String html = mvc.perform(get("/notifications").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Notifications – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/notifications\" aria-current=\"page\">")
                .contains("<form method=\"get\" action=\"/notifications\" id=\"filter\"")
                .contains("role=\"region\" aria-label=\"Delivery log\" tabindex=\"0\"")
                .contains("Delivery log (2 messages, newest first)")
                .contains("<table class=\"govuk-table app-table--compact\" id=\"delivery-log\">")
                .contains("<td class=\"govuk-table__cell\">1 July 2026 at 09:00</td>")
                .contains("<td class=\"govuk-table__cell\">Ada &lt;i&gt;Lovelace&lt;/i&gt;</td>").doesNotContain("<i>Lovelace")
                .contains("<td class=\"govuk-table__cell\">Survey invitation</td>")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Technical failure</strong>")
                .contains("<td class=\"govuk-table__cell\">30 November 2026 at 10:00</td>") // winter: London is UTC
                .contains("<td class=\"govuk-table__cell\">Unknown yet</td>")
                .contains("<a class=\"govuk-link\" href=\"/notifications/n1\">View<span class=\"govuk-visually-hidden\"> survey invitation to Ada &lt;i&gt;Lovelace&lt;/i&gt;</span></a>")
                .contains("<a class=\"govuk-link\" href=\"/notifications/n2\">View")
                .doesNotContain("Notify said") // the error, attempts and times are on the message's page
                .contains("<a class=\"govuk-link\" href=\"/notifications/n1/retry\">Retry")
                .doesNotContain("/notifications/n2/retry")
                .doesNotContain("govuk-pagination");
        API.verify(getRequestedFor(urlPathEqualTo("/api/notifications")).withHeader("Authorization", matching("Bearer ey.+"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("25")).withQueryParam("sort", equalTo("createdAt,desc")));
    }

    @Test
    void theFiltersAreAskedOfTheApiKeptInTheFormAndInThePagesLinks() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/notifications")).willReturn(json("""
                {"items":[%s],"page":1,"size":25,"totalItems":60,"totalPages":3}""".formatted(FAILED))));

        String html = mvc.perform(get("/notifications").with(manager())
                        .queryParam("status", "TECHNICAL_FAILURE").queryParam("purpose", "SURVEY_INVITATION")
                        .queryParam("personId", "p 7").queryParam("page", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        API.verify(getRequestedFor(urlPathEqualTo("/api/notifications")).withQueryParam("status", equalTo("TECHNICAL_FAILURE"))
                .withQueryParam("purpose", equalTo("SURVEY_INVITATION")).withQueryParam("personId", equalTo("p 7"))
                .withQueryParam("page", equalTo("1")));
        assertThat(html).contains("<option value=\"TECHNICAL_FAILURE\" selected>Technical failure</option>")
                .contains("<option value=\"SURVEY_INVITATION\" selected>Survey invitation</option>")
                .contains("<input type=\"hidden\" name=\"personId\" value=\"p 7\">")
                .contains("Only messages to person p 7.")
                .contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of the delivery log\">")
                .contains("href=\"/notifications?status=TECHNICAL_FAILURE&amp;purpose=SURVEY_INVITATION&amp;personId=p+7\" rel=\"prev\"")
                .contains("href=\"/notifications?status=TECHNICAL_FAILURE&amp;purpose=SURVEY_INVITATION&amp;personId=p+7&amp;page=3\" rel=\"next\"")
                .contains("aria-label=\"Page 2\" aria-current=\"page\">2</a>")
                .contains("href=\"/notifications/n1/retry?status=TECHNICAL_FAILURE&amp;purpose=SURVEY_INVITATION&amp;personId=p+7&amp;page=2\"");
    }

    @Test
    void aFilterTheLogDoesNotHaveIsLeftOutNotSentToTheApi() throws Exception {
        mvc.perform(get("/notifications").with(manager()).queryParam("status", "EXPLODED").queryParam("page", "-1"))
                .andExpect(status().isOk());

        API.verify(getRequestedFor(urlPathEqualTo("/api/notifications")).withQueryParam("page", equalTo("0"))
                .withoutQueryParam("status"));
    }

    @Test
    void nothingMatchingSaysSo() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/notifications")).willReturn(json("""
                {"items":[],"page":0,"size":25,"totalItems":0,"totalPages":0}""")));

        String html = mvc.perform(get("/notifications").with(manager()).queryParam("status", "WITHDRAWN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("No messages match.").doesNotContain("id=\"delivery-log\"");
    }

    @Test
    void retryingAsksFirstThenSendsAgainAndGoesBackToTheLogAsFiltered() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/notifications/n1/retry")).willReturn(json(FAILED.replace("TECHNICAL_FAILURE", "PENDING"))));

        String confirm = mvc.perform(get("/notifications/n1/retry").with(manager()).queryParam("status", "TECHNICAL_FAILURE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("<h1 class=\"govuk-heading-l\">Are you sure you want to send this survey invitation to Ada &lt;i&gt;Lovelace&lt;/i&gt; again?</h1>")
                .contains("<form method=\"post\" action=\"/notifications/n1/retry?status=TECHNICAL_FAILURE\" novalidate>")
                .contains(">Send again</button>")
                .contains("<a class=\"govuk-link\" href=\"/notifications?status=TECHNICAL_FAILURE\">Cancel</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/notifications/n1/retry")));

        MvcResult retried = mvc.perform(post("/notifications/n1/retry").with(manager()).with(csrf()).queryParam("status", "TECHNICAL_FAILURE"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/notifications?status=TECHNICAL_FAILURE")).andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/notifications/n1/retry")).withHeader("Authorization", matching("Bearer ey.+")));
        assertThat(flash(retried))
                .isEqualTo("Survey invitation to Ada <i>Lovelace</i> will be sent again");
    }

    @Test
    void aMessageThatHasNotFailedIsNotOfferedForRetry() throws Exception {
        String page = mvc.perform(get("/notifications/n2/retry").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This message has not failed, so it cannot be sent again.")
                .doesNotContain("govuk-button--warning")
                .contains("<a class=\"govuk-link\" href=\"/notifications\">Go back</a>");
    }

    @Test
    void aRetryTheApiRefusesIsExplainedOnTheConfirmationPage() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/notifications/n1/retry")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":409,"title":"Conflict","detail":"Only a failed message can be sent again; this one is pending."}""")));

        String page = mvc.perform(post("/notifications/n1/retry").with(manager()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Only a failed message can be sent again; this one is pending.").doesNotContain("govuk-button--warning");
    }

    @Test
    void aCoachGetsTheNoAccessPageAndTheLogIsNotAsked() throws Exception {
        String html = mvc.perform(get("/notifications").with(coach()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("You cannot see this page").doesNotContain("href=\"/notifications\"");
        mvc.perform(post("/notifications/n1/retry").with(coach()).with(csrf())).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/notifications")));
        API.verify(0, postRequestedFor(urlEqualTo("/api/notifications/n1/retry")));
    }

    @Test
    void theOldAddressMovedPermanentlyWithItsFilters() throws Exception {
        mvc.perform(get("/admin/notifications").queryParam("status", "DELIVERED")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/notifications?status=DELIVERED"));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
