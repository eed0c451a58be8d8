package uk.nhs.cohortcoach.coachingservice.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Move;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scheduling;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scope;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionDetails;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionQueries;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** {@code /api/sessions} on its own: who may schedule and change, how requests map to the domain and back, what is refused. */
class SessionWebTest extends CoachingWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String SESSION = """
            {"collaborativeId":"collab-1","coachId":"coach-1","type":"TEAM_COACHING","title":"Board workshop",
             "start":"2026-06-10T10:00","durationMinutes":90,"location":"Chesterfield Royal Hospital",
             "videoLink":"https://meet.example.nhs.uk/abc","inviteeIds":["m-1","m-2"]}""";
    private static final String SERIES = SESSION.substring(0, SESSION.lastIndexOf('}')) + ",\"frequency\":\"WEEKLY\",\"count\":3}";
    private static final String RESCHEDULE = "{\"start\":\"2026-07-09T10:00\",\"reason\":\"Room clash\",\"scope\":\"THIS\",\"version\":0}";
    private static final String CANCEL = "{\"reason\":\"Snow\",\"scope\":\"THIS\",\"version\":0}";

    @Autowired
    private Scheduling scheduling;

    @Autowired
    private SessionQueries queries;


    private static Session stored() {
        Instant start = Instant.parse("2026-06-10T09:00:00Z");
        return new Session("s-1", "cohort-1", "collab-1", "coach-1", SessionType.TEAM_COACHING, "Board workshop", start,
                start.plusSeconds(90 * 60), Session.LONDON, "Chesterfield Royal Hospital", null, List.of("m-1", "m-2"), null,
                SessionStatus.SCHEDULED, null, 0, null, 0L, null, null, List.of());
    }

    private LongSupplier schedulingCalls() {
        return () -> mockingDetails(scheduling).getInvocations().size();
    }

    @Test
    void aSessionIsMappedToTheDomainAndAnsweredWithItsAddressVersionAndBody() {
        Session session = stored();
        when(scheduling.schedule(any(), any())).thenReturn(session);

        HttpResponse<String> response = http.post("/api/sessions", MANAGER, SESSION);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/sessions/" + session.id());
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        ArgumentCaptor<SessionDetails> details = ArgumentCaptor.forClass(SessionDetails.class);
        verify(scheduling).schedule(details.capture(), any());
        assertThat(details.getValue()).isEqualTo(new SessionDetails("collab-1", "coach-1", SessionType.TEAM_COACHING,
                "Board workshop", LocalDateTime.parse("2026-06-10T10:00"), null, 90, "Chesterfield Royal Hospital",
                "https://meet.example.nhs.uk/abc", List.of("m-1", "m-2")));
        assertThat(Http.json(response).path("id").asString()).isEqualTo(session.id());
        assertThat(Http.json(response).path("inviteeIds")).hasSize(2);
    }

    @Test
    void aRescheduleDefaultsToThisSessionAndCarriesTheVersionRead() {
        when(scheduling.reschedule(eq("s-1"), any(), any())).thenReturn(List.of(stored()));

        HttpResponse<String> response = http.post("/api/sessions/s-1/reschedule", MANAGER,
                "{\"start\":\"2026-07-09T10:00\",\"reason\":\"Room clash\",\"version\":4}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        verify(scheduling).reschedule(eq("s-1"), eq(new Move(LocalDateTime.parse("2026-07-09T10:00"), null, null, null,
                "Room clash", Scope.THIS, 4)), any());
        assertThat(Http.json(response).path("sessions")).hasSize(1);
    }

    @Test
    void participantsNeitherScheduleNorChangeSessionsDecidedBeforeTheBodyIsRead() {
        String participant = Http.bearer("m-1", Role.PARTICIPANT);
        for (String path : List.of("/api/sessions", "/api/sessions/series", "/api/sessions/s-1/reschedule", "/api/sessions/s-1/cancel",
                "/api/sessions/s-1/not-held")) {
            assertThatProblem(http.post(path, participant, "not even json")).as(path).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
            assertThatProblem(http.post(path, null, "not even json")).as(path).hasStatus(401);
        }
        assertThatProblem(http.get("/api/sessions", null)).hasStatus(401);
        verifyNoInteractions(scheduling, queries);
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswer() {
        assertThatProblem(http.post("/api/sessions", MANAGER, "{\"location\":\"Somewhere\"}")).hasStatus(400)
                .hasFieldErrorsOnly("collaborativeId", "coachId", "type", "title", "durationMinutes");
        assertThatProblem(http.post("/api/sessions/s-1/cancel", MANAGER, "{\"version\":1}")).hasStatus(400).hasFieldErrorsOnly("reason");
        assertThatProblem(http.post("/api/sessions/s-1/reschedule", MANAGER, "{\"start\":\"2026-07-09T10:00\"}")).hasStatus(400)
                .hasFieldErrorsOnly("reason", "version");
        verifyNoInteractions(scheduling);
    }

    @Test
    void aVideoLinkMustBeHttps() {
        assertThatProblem(http.post("/api/sessions", MANAGER, SESSION.replace("https://meet", "http://meet")))
                .hasStatus(400).hasFieldErrorsOnly("videoLink");
        verifyNoInteractions(scheduling);
    }

    @Test
    void aListIsSortedOnlyByStartTitleOrStatus() {
        assertThatProblem(http.get("/api/sessions?sort=location", MANAGER)).hasStatus(400).hasFieldError("sort");
        verifyNoInteractions(queries);
    }

    @TestFactory
    Stream<DynamicTest> schedulingRefusesBadJsonBeforeTheDomain() {
        when(scheduling.schedule(any(), any())).thenReturn(stored());
        return JsonInputChecks.post(http, "/api/sessions", SESSION, schedulingCalls()).header("Authorization", MANAGER)
                .dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> aSeriesRefusesBadJsonBeforeTheDomain() {
        when(scheduling.scheduleSeries(any(), any(), any())).thenReturn(List.of(stored()));
        return JsonInputChecks.post(http, "/api/sessions/series", SERIES, schedulingCalls()).header("Authorization", MANAGER)
                .dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> reschedulingAndCancellingRefuseBadJsonBeforeTheDomain() {
        when(scheduling.reschedule(any(), any(), any())).thenReturn(List.of(stored()));
        when(scheduling.cancel(any(), any(), any(), anyLong(), any())).thenReturn(List.of(stored()));
        return Stream.concat(
                JsonInputChecks.update(http, "POST", "/api/sessions/s-1/reschedule", RESCHEDULE, schedulingCalls())
                        .validBodyStores(1).header("Authorization", MANAGER).dynamicTests(),
                JsonInputChecks.update(http, "POST", "/api/sessions/s-2/cancel", CANCEL, schedulingCalls())
                        .validBodyStores(1).header("Authorization", MANAGER).dynamicTests());
    }

    @Test
    void markingAsDidNotHappenIsMappedToTheDomainWithTheReasonTrimmedAndAnsweredWithTheSession() {
        Session marked = stored().markNotHeld("Nobody came", Instant.parse("2026-06-10T12:00:00Z")).session();
        when(scheduling.markNotHeld(eq("s-1"), eq("Nobody came"), eq(3L), any())).thenReturn(marked);

        HttpResponse<String> response = http.post("/api/sessions/s-1/not-held", MANAGER, "{\"reason\":\" Nobody came \",\"version\":3}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("status").asString()).isEqualTo("NOT_HELD");
        assertThat(Http.json(response).path("notHeldReason").asString()).isEqualTo("Nobody came");
        assertThat(Http.json(response).path("logged").asBoolean()).isFalse();
    }

    @Test
    void didNotHappenNeedsAReasonOfAtMost500CharactersAndTheVersion() {
        assertThatProblem(http.post("/api/sessions/s-1/not-held", MANAGER, "{}")).hasStatus(400)
                .hasFieldErrorsOnly("reason", "version");
        assertThatProblem(http.post("/api/sessions/s-1/not-held", MANAGER, "{\"reason\":\"" + "r".repeat(501) + "\",\"version\":0}"))
                .hasStatus(400).hasFieldErrorsOnly("reason");
        verifyNoInteractions(scheduling);
    }

    @Test
    void onlyAProgrammeManagerDeletesASessionDecidedBeforeAnythingElseAndAVersionGivenIsANumber() {
        for (Role role : List.of(Role.PARTICIPANT, Role.COACH)) {
            assertThatProblem(http.delete("/api/sessions/s-1?version=0", Http.bearer("someone-1", role))).as(role.name())
                    .hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        }
        assertThatProblem(http.delete("/api/sessions/s-1?version=0", null)).hasStatus(401);
        assertThatProblem(http.delete("/api/sessions/s-1?version=x", MANAGER)).hasStatus(400).hasFieldError("version");
        verifyNoInteractions(scheduling);
    }

    @Test
    void aDeletionIsMappedToTheDomainAndAnsweredWithNoContent() {
        HttpResponse<String> response = http.delete("/api/sessions/s-1?version=4", MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        verify(scheduling).delete(eq("s-1"), eq(4L), any());
    }

    @TestFactory
    Stream<DynamicTest> markingAsDidNotHappenRefusesBadJsonBeforeTheDomain() {
        when(scheduling.markNotHeld(any(), any(), anyLong(), any())).thenReturn(stored());
        return JsonInputChecks.update(http, "POST", "/api/sessions/s-1/not-held", "{\"reason\":\"Snow\",\"version\":0}",
                schedulingCalls()).validBodyStores(1).header("Authorization", MANAGER).dynamicTests();
    }
}
