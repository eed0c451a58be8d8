package uk.nhs.cohortcoach.web.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /notifications?q=}: searching the delivery log by name or email; {@code /notifications/{id}}: one message. */
@PageTest
class DeliveryLogSearchPageTest {

    private static final String ENTRY = """
            {"id":"n1","purpose":"SURVEY_INVITATION","recipientId":"p-7","recipientName":"Ada <i>Lovelace</i>",
             "status":"TECHNICAL_FAILURE","attempts":2,"lastError":"gave up after 2 attempts: Notify <down>","dueAt":"2026-07-01T08:00:00Z",
             "createdAt":"2026-07-01T08:00:00Z","updatedAt":"2026-07-01T09:30:00Z","completedAt":"2026-07-01T09:30:00Z",
             "personalisation":{"wave_label":"Baseline"},"retryable":true""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/notifications")).willReturn(json("""
                {"items":[%s}],"page":1,"size":25,"totalItems":60,"totalPages":3}""".formatted(ENTRY))));
        API.stubFor(WireMock.get(urlEqualTo("/api/notifications/n1")).willReturn(json(ENTRY + """
                ,"content":{"template":"survey-invitation","fields":[{"name":"name","value":"Ada <i>Lovelace</i>"},
                   {"name":"survey_link","value":"[personal survey link removed]"},{"name":"wave_label","value":"Baseline <b>2026</b>"}]},
                 "history":[{"at":"2026-07-01T08:00:01Z","channel":"notify","outcome":"TRY_AGAIN","error":"Notify <unavailable>"},
                            {"at":"2026-07-01T09:30:00Z","channel":null,"outcome":"FAILED","error":"gave up after 2 attempts"}]}""")));
    }

    @Test
    void theSearchIsSentToTheApiKeptInTheFormAndInEveryPageLinkWithTheFilters() throws Exception {
        String html = mvc.perform(get("/notifications").with(manager()).queryParam("q", " Ada L+ve ")
                        .queryParam("purpose", "SURVEY_INVITATION").queryParam("status", "TECHNICAL_FAILURE").queryParam("page", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        API.verify(getRequestedFor(urlPathEqualTo("/api/notifications")).withQueryParam("q", equalTo("Ada L+ve"))
                .withQueryParam("purpose", equalTo("SURVEY_INVITATION")).withQueryParam("status", equalTo("TECHNICAL_FAILURE"))
                .withQueryParam("page", equalTo("1")).withoutQueryParam("personId"));
        assertThat(html).contains("<form method=\"get\" action=\"/notifications\" id=\"filter\" class=\"app-filter\" role=\"search\" novalidate>")
                .contains("id=\"q\" name=\"q\" type=\"search\" value=\"Ada L+ve\"")
                .contains("<label class=\"govuk-label\" for=\"q\">Name or email</label>")
                .contains("href=\"/notifications?q=Ada+L%2Bve&amp;status=TECHNICAL_FAILURE&amp;purpose=SURVEY_INVITATION\" rel=\"prev\"")
                .contains("href=\"/notifications?q=Ada+L%2Bve&amp;status=TECHNICAL_FAILURE&amp;purpose=SURVEY_INVITATION&amp;page=3\" rel=\"next\"")
                .contains("href=\"/notifications/n1?q=Ada+L%2Bve&amp;status=TECHNICAL_FAILURE&amp;purpose=SURVEY_INVITATION&amp;page=2\">View");
    }

    @Test
    void aSearchLongerThanTheApiTakesIsAnErrorOnTheFieldAndTheApiIsNotAsked() throws Exception {
        String html = mvc.perform(get("/notifications").with(manager()).queryParam("q", "x".repeat(255)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Notifications – Cohort Coach</title>")
                .contains("<a href=\"#q\">Name or email must be 254 characters or fewer</a>")
                .contains("No messages match.");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/notifications")));
    }

    @Test
    void theMessagePageShowsWhatItSaidEscapedAndEachAttemptInWords() throws Exception {
        String html = mvc.perform(get("/notifications/n1").with(manager()).queryParam("q", "ada").queryParam("status", "TECHNICAL_FAILURE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Survey invitation to Ada &lt;i&gt;Lovelace&lt;/i&gt; – Cohort Coach</title>")
                .doesNotContain("<i>Lovelace").doesNotContain("<b>2026")
                .contains("<a href=\"/notifications?q=ada&amp;status=TECHNICAL_FAILURE\" class=\"govuk-back-link\">Back to the delivery log</a>")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Technical failure</strong>")
                .contains("href=\"/notifications/n1/retry?q=ada&amp;status=TECHNICAL_FAILURE\" id=\"retry\">Send it again</a>")
                .contains("<dd class=\"govuk-summary-list__value\">gave up after 2 attempts: Notify &lt;down&gt;</dd>")
                .contains("<code class=\"app-code\">survey-invitation</code>")
                .contains("<dt class=\"govuk-summary-list__key\">Survey link</dt>")
                .contains("<dd class=\"govuk-summary-list__value app-preserve-lines\">[personal survey link removed]</dd>")
                .contains("<dd class=\"govuk-summary-list__value app-preserve-lines\">Baseline &lt;b&gt;2026&lt;/b&gt;</dd>")
                .contains("<td class=\"govuk-table__cell\">1 July 2026 at 09:00</td>")
                .contains("<td class=\"govuk-table__cell\">GOV.UK Notify</td>")
                .contains("<td class=\"govuk-table__cell\">Not sent: will be tried again</td>")
                .contains("<td class=\"govuk-table__cell\">Notify &lt;unavailable&gt;</td>")
                .contains("<td class=\"govuk-table__cell\">None</td>")
                .contains("<td class=\"govuk-table__cell\">Failed</td>");
    }

    @Test
    void aMessageWithoutContentOrRecordedAttemptsSaysSoAndOffersNoRetryWhenItHasNotFailed() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/notifications/n2")).willReturn(json("""
                {"id":"n2","purpose":"SESSION_REMINDER","recipientId":"p-8","recipientName":null,"status":"DELIVERED","attempts":1,
                 "lastError":null,"createdAt":"2026-11-30T10:00:00Z","retryable":false,"content":null,"history":[]}""")));

        String html = mvc.perform(get("/notifications/n2").with(manager())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("Session reminder to p-8").contains("Unknown yet (p-8)")
                .contains("The content of this message is no longer kept")
                .contains("No attempt is recorded for this message one by one")
                .doesNotContain("id=\"retry\"").doesNotContain("id=\"attempts\"")
                .contains("<a href=\"/notifications\" class=\"govuk-back-link\">");
    }

    @Test
    void onlyManagersSeeAMessageAndAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(get("/notifications/n1").with(coach())).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/n1").with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlEqualTo("/api/notifications/n1")));

        API.stubFor(WireMock.get(urlEqualTo("/api/notifications/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404,\"title\":\"Not Found\"}")));
        mvc.perform(get("/notifications/nope").with(manager())).andExpect(status().isNotFound());
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
