package uk.nhs.cohortcoach.coachingservice.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;

/** Calendar feeds on their own: coaches and managers manage them, the secret address needs no token, what is refused. */
class FeedWebTest extends CoachingWebSlice {

    private static final String COACH = Http.bearer("coach-1", Role.COACH);

    @Autowired
    private CalendarFeeds feeds;


    private static CalendarFeeds.Created created() {
        return new CalendarFeeds.Created(new CalendarFeed("f-1", "hash", FeedKind.COACH, "coach-1", "coach-1",
                Instant.parse("2026-06-10T09:00:00Z"), null), "secret-token");
    }

    @Test
    void aNewFeedIsAnsweredOnceWithItsSecretAddressAndNotCached() {
        when(feeds.create(any(), eq(FeedKind.COACH), eq("coach-1"))).thenReturn(created());

        HttpResponse<String> response = http.post("/api/sessions/feeds", COACH, "{\"kind\":\"COACH\",\"subjectId\":\"coach-1\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/sessions/feeds/f-1");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(Http.json(response).path("url").asString()).isEqualTo("/api/sessions/feeds/secret-token.ics");
    }

    @Test
    void theSecretAddressIsReadWithoutATokenAsAnUncachedUnindexedCalendar() {
        when(feeds.render("secret-token")).thenReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

        HttpResponse<String> response = http.request("GET", "/api/sessions/feeds/secret-token.ics").header("Accept", "text/calendar")
                .send();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void participantsManageNoFeedsDecidedBeforeTheBodyIsRead() {
        String participant = Http.bearer("member-1", Role.PARTICIPANT);
        assertThatProblem(http.post("/api/sessions/feeds", participant, "not even json")).hasStatus(403);
        assertThatProblem(http.get("/api/sessions/feeds", participant)).hasStatus(403);
        assertThatProblem(http.delete("/api/sessions/feeds/f-1", participant)).hasStatus(403);
        assertThatProblem(http.post("/api/sessions/feeds", null, "{\"kind\":\"COACH\",\"subjectId\":\"x\"}")).hasStatus(401);
        verifyNoInteractions(feeds);
    }

    @Test
    void aFeedNeedsItsKindAndSubject() {
        assertThatProblem(http.post("/api/sessions/feeds", COACH, "{}")).hasStatus(400).hasFieldErrorsOnly("kind", "subjectId");
        verifyNoInteractions(feeds);
    }

    @TestFactory
    Stream<DynamicTest> creatingAFeedRefusesBadJsonBeforeTheDomain() {
        when(feeds.create(any(), any(), any())).thenReturn(created());
        return JsonInputChecks.post(http, "/api/sessions/feeds", "{\"kind\":\"COACH\",\"subjectId\":\"coach-1\"}",
                () -> mockingDetails(feeds).getInvocations().size()).header("Authorization", COACH).dynamicTests();
    }
}
