package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.TestFactory;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.session.LogEntry;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionDetails;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogDetails;
import uk.nhs.cohortcoach.coachingservice.sessionlog.SessionLogs;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** {@code /api/sessions/{id}/log} on its own: only coaches write, how a log maps to the domain and back, what is refused. */
class SessionLogWebTest extends CoachingWebSlice {

    private static final String COACH = Http.bearer("coach-1", Role.COACH);
    private static final String LOG = "/api/sessions/s-1/log";
    /** Ends a body with the answer every log needs, so a test sees only the error it is about. */
    private static final String PAUSE = ",\"equityPause\":{\"held\":false}}";
    private static final String VALID = """
            {"attendeeIds":["m-1"],"guests":["A guest"],"notes":"Checked","themes":["EMBEDDING_EQUITY"],
             "equityPause":{"held":true,"surfaced":"Who is missing"},
             "actions":[{"description":"Follow up","ownerId":"m-2","dueDate":"2030-01-31"}]}""";

    @Autowired
    private SessionLogs logs;

    @Autowired
    private Actions actions;

    @BeforeEach
    void stubToday() {
        when(actions.today()).thenReturn(LocalDate.parse("2026-06-10"));
    }

    private static SessionLogs.LoggedSession logged() {
        Instant start = Instant.parse("2026-06-10T09:00:00Z");
        SessionLog log = new SessionLog(List.of("m-1"), List.of("A guest"), "Checked", Set.of(MaturityComponent.EMBEDDING_EQUITY),
                null, start.plusSeconds(7200), null);
        return new SessionLogs.LoggedSession(new Session("s-1", "cohort-1", "collab-1", "coach-1", SessionType.TEAM_COACHING,
                "Board workshop", start, start.plusSeconds(5400), Session.LONDON, null, null, List.of("m-1", "m-2"), null,
                SessionStatus.SCHEDULED, null, 0, log, 2L, null, null, List.of()), List.of());
    }

    @Test
    void aLogIsMappedToTheDomainAndAnsweredWithTheSessionsVersion() {
        when(logs.write(eq("s-1"), any(), any())).thenReturn(logged());

        HttpResponse<String> response = http.put(LOG, COACH, VALID);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
        ArgumentCaptor<LogDetails> details = ArgumentCaptor.forClass(LogDetails.class);
        verify(logs).write(eq("s-1"), details.capture(), any());
        assertThat(details.getValue()).isEqualTo(new LogDetails(List.of("m-1"), List.of("A guest"), "Checked",
                Set.of(MaturityComponent.EMBEDDING_EQUITY), true, "Who is missing",
                List.of(new LogDetails.NewAction("Follow up", "m-2", null, LocalDate.parse("2030-01-31"))), null));
        assertThat(Http.json(response).path("notes").asString()).isEqualTo("Checked");
        assertThat(Http.json(response).path("attendeeIds").get(0).asString()).isEqualTo("m-1");
    }

    @Test
    void onlyCoachesWriteALogDecidedBeforeTheBodyIsRead() {
        for (Role role : List.of(Role.PARTICIPANT, Role.PROGRAMME_MANAGER)) {
            assertThatProblem(http.put(LOG, Http.bearer("someone-1", role), "not even json"))
                    .as(role.name()).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        }
        assertThatProblem(http.put(LOG, null, "not even json")).hasStatus(401);
        assertThatProblem(http.get(LOG, null)).hasStatus(401);
        verifyNoInteractions(logs);
    }

    @Test
    void oversizedNotesAndTooManyGuestsAreRefusedNamingThem() {
        assertThatProblem(http.put(LOG, COACH, "{\"notes\":\"" + "n".repeat(10_001) + "\"" + PAUSE))
                .hasStatus(400).hasFieldErrorsOnly("notes");
        String guests = String.join(",", Collections.nCopies(51, "\"A guest\""));
        assertThatProblem(http.put(LOG, COACH, "{\"guests\":[" + guests + "]" + PAUSE)).hasStatus(400).hasFieldErrorsOnly("guests");
        verifyNoInteractions(logs);
    }

    @Test
    void theEquityPauseIsADeliberateAnswerWithNoDefault() {
        assertThatProblem(http.put(LOG, COACH, "{\"notes\":\"Forgot the pause\"}")).hasStatus(400)
                .hasFieldErrorsOnly("equityPause").hasFieldError("equityPause", "Select whether the session held an equity pause");
        assertThatProblem(http.put(LOG, COACH, "{\"notes\":\"Forgot the answer\",\"equityPause\":{}}")).hasStatus(400)
                .hasFieldErrorsOnly("equityPause.held").hasFieldError("equityPause.held", "Select whether the session held an equity pause");
        assertThatProblem(http.put(LOG, COACH, "{\"equityPause\":{\"held\":null,\"surfaced\":\"Something\"}}"))
                .hasStatus(400).hasFieldErrorsOnly("equityPause.held");
        verifyNoInteractions(logs);
    }

    @Test
    void anUnknownThemeIsRefused() {
        assertThatProblem(http.put(LOG, COACH, "{\"themes\":[\"WELLBEING\"]}")).hasStatus(400);
        verifyNoInteractions(logs);
    }

    @Test
    void anActionNeedsADescriptionAndADueDate() {
        assertThatProblem(http.put(LOG, COACH, "{\"actions\":[{\"ownerId\":\"m-2\"}]" + PAUSE)).hasStatus(400)
                .hasFieldErrorsOnly("actions[0].description", "actions[0].dueDate");
        verifyNoInteractions(logs);
    }

    @TestFactory
    Stream<DynamicTest> writingALogRefusesBadJsonBeforeTheDomain() {
        when(logs.write(any(), any(), any())).thenReturn(logged());
        return JsonInputChecks.update(http, "PUT", LOG, VALID, () -> mockingDetails(logs).getInvocations().size())
                .validBodyStores(1).header("Authorization", COACH).dynamicTests();
    }

    @Test
    void onlyAProgrammeManagerReopensALogDecidedBeforeTheBodyAndAReasonIsRequired() {
        for (Role role : List.of(Role.PARTICIPANT, Role.COACH)) {
            assertThatProblem(http.post(LOG + "/reopen", Http.bearer("someone-1", role), "not even json"))
                    .as(role.name()).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        }
        assertThatProblem(http.post(LOG + "/reopen", MANAGER, "{}")).hasStatus(400).hasFieldErrorsOnly("reason");
        assertThatProblem(http.post(LOG + "/reopen", MANAGER, "{\"reason\":\"" + "r".repeat(501) + "\"}")).hasStatus(400)
                .hasFieldErrorsOnly("reason");
        verifyNoInteractions(logs);
    }

    @Test
    void aReopeningIsMappedToTheDomainAndAnsweredWithTheNewLockTime() {
        Session reopened = logged().session().reopenLog("On leave", Instant.parse("2030-01-08T09:00:00Z"),
                new LogEntry.Author("manager-1", Role.PROGRAMME_MANAGER), Instant.parse("2030-01-01T09:00:00Z"));
        when(logs.reopen(eq("s-1"), eq("On leave"), any())).thenReturn(reopened);

        HttpResponse<String> response = http.post(LOG + "/reopen", MANAGER, "{\"reason\":\"On leave\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("editableUntil").asString()).isEqualTo("2030-01-08T09:00:00Z");
        assertThat(Http.json(response).path("logged").asBoolean()).isTrue();
    }

    @Test
    void theHistoryShowsWhoWhenWhatAndWhichFieldsAndIsNotForParticipants() {
        Session reopened = logged().session().reopenLog("On leave", Instant.parse("2030-01-08T09:00:00Z"),
                new LogEntry.Author("manager-1", Role.PROGRAMME_MANAGER), Instant.parse("2030-01-01T09:00:00Z"));
        when(logs.history(eq("s-1"), any())).thenReturn(reopened);

        HttpResponse<String> response = http.get(LOG + "/history", MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode entry = Http.json(response).path("entries").get(0);
        assertThat(entry.path("kind").asString()).isEqualTo("REOPENED");
        assertThat(entry.path("byPersonId").asString()).isEqualTo("manager-1");
        assertThat(entry.path("byRole").asString()).isEqualTo("PROGRAMME_MANAGER");
        assertThat(entry.path("reason").asString()).isEqualTo("On leave");
        assertThat(entry.path("at").asString()).isEqualTo("2030-01-01T09:00:00Z");
        assertThatProblem(http.get(LOG + "/history", Http.bearer("p-1", Role.PARTICIPANT))).hasStatus(403);
    }

    @Test
    void recordingAHeldSessionIsForCoachesDecidedBeforeTheBodyAndNamesTheLogsFields() {
        for (Role role : List.of(Role.PARTICIPANT, Role.PROGRAMME_MANAGER)) {
            assertThatProblem(http.post(HELD, Http.bearer("someone-1", role), "not even json"))
                    .as(role.name()).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        }
        assertThatProblem(http.post(HELD, COACH, HELD_BODY.replace(",\"log\":" + VALID, ""))).hasStatus(400)
                .hasFieldErrorsOnly("log");
        assertThatProblem(http.post(HELD, COACH, HELD_BODY.replace("\"held\":true,\"surfaced\":\"Who is missing\"", "")))
                .hasStatus(400).hasFieldErrorsOnly("log.equityPause.held");
        verifyNoInteractions(logs);
    }

    @Test
    void aHeldSessionIsMappedToTheDomainAndAnsweredWithItsAddressAndLog() {
        when(logs.recordHeld(any(), any(), any())).thenReturn(logged());

        HttpResponse<String> response = http.post(HELD, COACH, HELD_BODY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/sessions/s-1");
        ArgumentCaptor<SessionDetails> schedule = ArgumentCaptor.forClass(SessionDetails.class);
        ArgumentCaptor<LogDetails> details = ArgumentCaptor.forClass(LogDetails.class);
        verify(logs).recordHeld(schedule.capture(), details.capture(), any());
        assertThat(schedule.getValue().start()).isEqualTo(LocalDateTime.parse("2026-06-10T10:00"));
        assertThat(schedule.getValue().inviteeIds()).containsExactly("m-1", "m-2");
        assertThat(details.getValue().attendeeIds()).containsExactly("m-1");
        assertThat(details.getValue().equityPauseHeld()).isTrue();
        assertThat(Http.json(response).path("notes").asString()).isEqualTo("Checked");
    }

    @TestFactory
    Stream<DynamicTest> recordingAHeldSessionRefusesBadJsonBeforeTheDomain() {
        when(logs.recordHeld(any(), any(), any())).thenReturn(logged());
        return JsonInputChecks.post(http, HELD, HELD_BODY, () -> mockingDetails(logs).getInvocations().size())
                .header("Authorization", COACH).dynamicTests();
    }

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String HELD = "/api/sessions/held";
    private static final String HELD_BODY = """
            {"collaborativeId":"collab-1","coachId":"coach-1","type":"TEAM_COACHING","title":"Board workshop",
             "start":"2026-06-10T10:00","durationMinutes":90,"inviteeIds":["m-1","m-2"],"log":""" + VALID + "}";
}
