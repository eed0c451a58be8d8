package uk.nhs.cohortcoach.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import static uk.nhs.cohortcoach.web.events.EventStubs.inDays;
import static uk.nhs.cohortcoach.web.events.EventStubs.problem;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubGet;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubPost;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/**
 * The links in a registrant's emails, no sign-in, from a stubbed hub-service: cancel a registration, give feedback,
 * and links that are unknown, used or not links at all.
 */
@PageTest
class EventLinksPageTest {

    private static final String CANCEL = "c4nc3l-T0ken_abcdefghijklmnopqrstuvwxyz";
    private static final String FEEDBACK = "f33dback-T0ken_abcdefghijklmnopqrstuvwxy";
    private static final Instant START = inDays(10);

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        stubGet("/api/open-events/registrations/" + CANCEL, """
                {"openEventId":"e1","title":"Equity <em>pauses</em> in practice","startsAt":"%s","timeZone":"Europe/London","status":"WAITLISTED"}"""
                .formatted(START));
        stubGet("/api/open-events/feedback/" + FEEDBACK, """
                {"openEventId":"e1","title":"Equity <em>pauses</em> in practice","startsAt":"%s","alreadyGiven":false}""".formatted(inDays(-2)));
    }

    @Test
    void theCancelLinkShowsTheRegistrationAndACancelButtonWithoutSignInOrReferrer() throws Exception {
        String html = mvc.perform(get("/events/registrations/" + CANCEL).with(manager())) // a manager's browser: their token plays no part
                .andExpect(status().isOk()).andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Your registration</h1>")
                .contains("Equity &lt;em&gt;pauses&lt;/em&gt; in practice").doesNotContain("<em>pauses")
                .contains(EventWords.when(START, null))
                .contains("<strong class=\"govuk-tag govuk-tag--yellow\">On the waiting list</strong>")
                .contains("<form method=\"post\" action=\"/events/registrations/" + CANCEL + "/cancel\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("govuk-button govuk-button--warning").contains(">Cancel my registration</button>");
        API.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", absent()));
    }

    @Test
    void cancellingGoesToTheConfirmationAndTheUsedLinkThenSaysItHasBeenUsed() throws Exception {
        stubPost("/api/open-events/registrations/" + CANCEL + "/cancel", 200, "{\"status\":\"CANCELLED\"}");

        mvc.perform(post("/events/registrations/" + CANCEL + "/cancel").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/registrations/cancelled"));
        API.verify(postRequestedFor(urlEqualTo("/api/open-events/registrations/" + CANCEL + "/cancel")).withHeader("Authorization", absent()));
        assertThat(mvc.perform(get("/events/registrations/cancelled")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<h1 class=\"govuk-panel__title\">Registration cancelled</h1>");

        // hub-service forgets a used link: 404
        API.stubFor(WireMock.get(urlEqualTo("/api/open-events/registrations/" + CANCEL)).willReturn(EventStubs.json(404, null)));
        API.stubFor(WireMock.post(urlEqualTo("/api/open-events/registrations/" + CANCEL + "/cancel")).willReturn(EventStubs.json(404, null)));
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/events/registrations/" + CANCEL), post("/events/registrations/" + CANCEL + "/cancel").with(csrf())}) {
            String used = mvc.perform(request).andExpect(status().isNotFound())
                    .andExpect(header().string("Referrer-Policy", "no-referrer")).andReturn().getResponse().getContentAsString();
            assertThat(used).contains("<h1 class=\"govuk-heading-l\">This link has expired or been used</h1>")
                    .doesNotContain("Page not found").doesNotContain("Sorry, there is a problem");
        }
    }

    @Test
    void aRegistrationWhoseEventHasStartedOffersNoCancelButton() throws Exception {
        stubGet("/api/open-events/registrations/" + CANCEL, """
                {"openEventId":"e1","title":"Started","startsAt":"%s","timeZone":"Europe/London","status":"CONFIRMED"}""".formatted(inDays(-1)));

        assertThat(mvc.perform(get("/events/registrations/" + CANCEL)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("This event has started, so there is nothing to cancel.").doesNotContain("Cancel my registration");
    }

    @Test
    void somethingThatIsNotALinkIsNotAskedAbout() throws Exception {
        for (String path : new String[] {"/events/registrations/short", "/events/registrations/has.dots.in.it.here",
                "/events/feedback/has~tilde~in~it", "/events/feedback/x"}) {
            String html = mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(path).contains("This link has expired or been used");
        }
        API.verify(0, anyRequestedFor(anyUrl()).withUrl("/api/open-events/registrations/short"));
        assertThat(API.findAll(anyRequestedFor(anyUrl()))).noneMatch(request -> request.getUrl().startsWith("/api/open-events/"));
    }

    @Test
    void theFeedbackFormOffersFiveRatingsInWordsAndAnOptionalCommentWithACharacterCount() throws Exception {
        String html = mvc.perform(get("/events/feedback/" + FEEDBACK)).andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Give feedback on the event</h1>")
                .contains("Equity &lt;em&gt;pauses&lt;/em&gt; in practice")
                .contains("<form method=\"post\" action=\"/events/feedback/" + FEEDBACK + "\" novalidate>")
                .contains("id=\"rating\" name=\"rating\" type=\"radio\" value=\"5\"")
                .contains("id=\"rating-5\" name=\"rating\" type=\"radio\" value=\"1\"");
        assertThat(html.indexOf(">Very good</label>")).isPositive().isLessThan(html.indexOf(">Good</label>"));
        assertThat(html.indexOf(">Neither good nor poor</label>")).isLessThan(html.indexOf(">Poor</label>"));
        assertThat(html.indexOf(">Poor</label>")).isLessThan(html.indexOf(">Very poor</label>"));
        // the character count is GOV.UK Frontend's enhancement of a plain textarea, which works without JavaScript
        assertThat(html).contains("data-module=\"govuk-character-count\" data-maxlength=\"1000\"")
                .contains("<textarea class=\"govuk-textarea govuk-js-character-count\" id=\"comment\" name=\"comment\"");
    }

    @Test
    void feedbackIsSentAndThanked() throws Exception {
        stubPost("/api/open-events/feedback/" + FEEDBACK, 204, null);

        mvc.perform(post("/events/feedback/" + FEEDBACK).with(csrf()).param("rating", "4").param("comment", "  Useful examples  "))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/feedback/thank-you"));

        API.verify(postRequestedFor(urlEqualTo("/api/open-events/feedback/" + FEEDBACK)).withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"rating\":4,\"comment\":\"Useful examples\"}")));
        assertThat(mvc.perform(get("/events/feedback/thank-you")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<h1 class=\"govuk-panel__title\">Feedback sent</h1>");
    }

    @Test
    void aRatingAloneIsEnoughAndNoEmptyCommentIsSent() throws Exception {
        stubPost("/api/open-events/feedback/" + FEEDBACK, 204, null);

        mvc.perform(post("/events/feedback/" + FEEDBACK).with(csrf()).param("rating", "1").param("comment", "   "))
                .andExpect(status().isFound());

        API.verify(postRequestedFor(urlEqualTo("/api/open-events/feedback/" + FEEDBACK)).withRequestBody(equalToJson("{\"rating\":1}")));
    }

    @Test
    void refusalsAreShownWithTheCommentKept() throws Exception {
        stubPost("/api/open-events/feedback/" + FEEDBACK, 400, problem(400, "Invalid", """
                [{"field":"rating","message":"Select how good the event was"}]"""));

        String html = mvc.perform(post("/events/feedback/" + FEEDBACK).with(csrf()).param("comment", "Loved it <b>really</b>"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#rating\">Select how good the event was</a>")
                .contains(">Loved it &lt;b&gt;really&lt;/b&gt;</textarea>");
    }

    @Test
    void aRatingThatIsNoneOfTheFiveIsAskedAgainWithoutAskingHubService() throws Exception {
        String html = mvc.perform(post("/events/feedback/" + FEEDBACK).with(csrf()).param("rating", "7"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#rating\">Select how good the event was</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/open-events/feedback/" + FEEDBACK)));
    }

    @Test
    void aUsedFeedbackLinkSaysFeedbackWasGivenWhetherSeenBeforeOrOnSending() throws Exception {
        stubPost("/api/open-events/feedback/" + FEEDBACK, 409, problem(409, "Feedback has already been given through this link.", "[]"));
        String racing = mvc.perform(post("/events/feedback/" + FEEDBACK).with(csrf()).param("rating", "5"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(racing).contains("<h1 class=\"govuk-heading-l\">You have already given feedback</h1>");

        stubGet("/api/open-events/feedback/" + FEEDBACK, """
                {"openEventId":"e1","title":"Equity","startsAt":"%s","alreadyGiven":true}""".formatted(inDays(-2)));
        String seen = mvc.perform(get("/events/feedback/" + FEEDBACK)).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(seen).contains("You have already given feedback").doesNotContain("name=\"rating\"");
        String again = mvc.perform(post("/events/feedback/" + FEEDBACK).with(csrf()).param("rating", "5"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("You have already given feedback");
        API.verify(1, postRequestedFor(urlEqualTo("/api/open-events/feedback/" + FEEDBACK)));
    }

    @Test
    void anUnknownFeedbackLinkIsTheKindNotFoundPage() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/open-events/feedback/unknown-token-123")).willReturn(EventStubs.json(404, null)));

        String html = mvc.perform(get("/events/feedback/unknown-token-123")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("This link has expired or been used").contains("href=\"/events\"");
    }
}
