package uk.nhs.cohortcoach.surveyservice.wave.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyWebSlice;
import uk.nhs.cohortcoach.surveyservice.results.Results;
import uk.nhs.cohortcoach.surveyservice.results.WaveCounts;
import uk.nhs.cohortcoach.surveyservice.wave.ScheduledReminder;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveDetails;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;
import uk.nhs.cohortcoach.surveyservice.wave.Waves;

/** {@code /api/waves} on its own: who may do what, how a wave request maps to the domain and back, and what is refused. */
class WaveWebTest extends SurveyWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String COACH = Http.bearer("coach-1", Role.COACH);
    private static final Instant OPENS = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-05-15T09:00:00Z");
    private static final String VALID = """
            {"cohortId":" c-1 ","label":" baseline ","frameworkId":"fw-1","frameworkNumber":1,\
            "opensAt":"2026-05-01T09:00:00Z","closesAt":"2026-05-15T09:00:00Z"}""";

    @Autowired
    private Waves waves;

    @Autowired
    private Results results;


    @Test
    void anOpenedWaveIsMappedTrimmedToTheDomainAndAnsweredWithItsAddressAndCounts() {
        Wave wave = new Wave("w-1", "c-1", "baseline", "fw-1", 1, OPENS, CLOSES, WaveStatus.OPEN, null, null, null, 0L);
        when(waves.create(new WaveDetails("c-1", "baseline", "fw-1", 1, OPENS, CLOSES, null))).thenReturn(wave);
        when(results.countsOf(wave)).thenReturn(new WaveCounts(12, 3L, false, null, null));

        HttpResponse<String> response = http.post("/api/waves", MANAGER, VALID);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/waves/w-1");
        assertThat(Http.json(response).path("label").asString()).isEqualTo("baseline");
        assertThat(Http.json(response).path("status").asString()).isEqualTo("OPEN");
        assertThat(Http.json(response).path("counts").path("invited").asInt()).isEqualTo(12);
        assertThat(Http.json(response).path("counts").path("submitted").asInt()).isEqualTo(3);
    }

    @Test
    void onlyProgrammeManagersOpenCloseAndRemindDecidedBeforeTheBodyIsRead() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            String token = Http.bearer("p-1", role);
            assertThat(http.post("/api/waves", token, "not even json").statusCode()).as(role + " opens").isEqualTo(403);
            assertThat(http.post("/api/waves/w-1/close", token, null).statusCode()).as(role + " closes").isEqualTo(403);
            assertThat(http.post("/api/waves/w-1/reminders", token, null).statusCode()).as(role + " reminds").isEqualTo(403);
        }
        assertThat(http.post("/api/waves", null, "not even json").statusCode()).isEqualTo(401);
        verifyNoInteractions(waves);
    }

    @Test
    void participantsReadNoWavesAndNobodyReadsWithoutAToken() {
        String member = Http.bearer("member-1", Role.PARTICIPANT);
        assertThatProblem(http.get("/api/waves?cohortId=c-1", member)).hasStatus(403);
        assertThatProblem(http.get("/api/waves/w-1", member)).hasStatus(403);
        assertThatProblem(http.get("/api/waves/w-1", null)).hasStatus(401);
        verifyNoInteractions(waves);
    }

    @Test
    void aCoachListingWavesMustNameACohort() {
        assertThatProblem(http.get("/api/waves", COACH)).hasStatus(400).hasFieldErrorsOnly("cohortId");
        verifyNoInteractions(waves);
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefusedNamingClosesAt() {
        String backwards = VALID.replace("2026-05-15T09:00:00Z", "2026-04-30T09:00:00Z");

        assertThatProblem(http.post("/api/waves", MANAGER, backwards)).hasStatus(400).hasFieldErrorsOnly("closesAt");
        verifyNoInteractions(waves);
    }

    @Test
    void aLabelOverFiftyCharactersIsRefusedNamingLabel() {
        String longLabel = VALID.replace(" baseline ", "x".repeat(51));

        assertThatProblem(http.post("/api/waves", MANAGER, longLabel)).hasStatus(400).hasFieldErrorsOnly("label");
        verifyNoInteractions(waves);
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswer() {
        assertThatProblem(http.post("/api/waves", MANAGER, "{}")).hasStatus(400)
                .hasFieldErrorsOnly("cohortId", "label", "frameworkId", "frameworkNumber", "opensAt", "closesAt");
        verifyNoInteractions(waves);
    }

    @Test
    void chosenReminderDaysAreMappedToTheDomainAndTheWaveAnswersWithItsReminders() {
        Wave wave = new Wave("w-1", "c-1", "baseline", "fw-1", 1, OPENS, CLOSES, WaveStatus.SCHEDULED, null, null,
                List.of(new ScheduledReminder(CLOSES.minus(Duration.ofDays(3)), ScheduledReminder.State.DUE)), 0L);
        when(waves.create(new WaveDetails("c-1", "baseline", "fw-1", 1, OPENS, CLOSES, List.of(3)))).thenReturn(wave);
        when(results.countsOf(wave)).thenReturn(new WaveCounts(0, null, true, null, null));

        HttpResponse<String> response = http.post("/api/waves", MANAGER, VALID.replace("}", ",\"reminders\":{\"daysBeforeClose\":[3]}}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Http.json(response).path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Http.json(response).path("nextReminderAt").asString()).isEqualTo("2026-05-12T09:00:00Z");
        assertThat(Http.json(response).path("reminders").get(0).path("state").asString()).isEqualTo("DUE");
    }

    @Test
    void reminderDaysAreRefusedNamingTheFieldBeforeTheDomainIsCalled() {
        assertThatProblem(http.post("/api/waves", MANAGER, VALID.replace("}", ",\"reminders\":{\"daysBeforeClose\":[0]}}")))
                .hasStatus(400).hasFieldErrorsOnly("reminders.daysBeforeClose[0]");
        assertThatProblem(http.post("/api/waves", MANAGER, VALID.replace("}", ",\"reminders\":{\"daysBeforeClose\":[3,20]}}")))
                .hasStatus(400).hasFieldErrorsOnly("reminders.daysBeforeClose[1]")
                .hasFieldError("reminders.daysBeforeClose[1]", "would be before the wave opens: choose fewer days");
        assertThatProblem(http.post("/api/waves", MANAGER, VALID.replace("}", ",\"reminders\":{}}")))
                .hasStatus(400).hasFieldErrorsOnly("reminders.daysBeforeClose");
        assertThatProblem(http.post("/api/waves", MANAGER, VALID.replace("}", ",\"reminders\":{\"daysBeforeClose\":[1,2,3,4,5,6]}}")))
                .hasStatus(400).hasFieldErrorsOnly("reminders.daysBeforeClose");
        verifyNoInteractions(waves);
    }

    @Test
    void onlyProgrammeManagersCancelAndACancelledWaveIsAnswered() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            assertThat(http.post("/api/waves/w-1/cancel", Http.bearer("p-1", role), null).statusCode()).as(role.name()).isEqualTo(403);
        }
        assertThat(http.post("/api/waves/w-1/cancel", null, null).statusCode()).isEqualTo(401);
        verifyNoInteractions(waves);
        Wave cancelled = new Wave("w-1", "c-1", "baseline", "fw-1", 1, OPENS, CLOSES, WaveStatus.CANCELLED, OPENS, "manager", null, 1L);
        when(waves.cancel("w-1")).thenReturn(cancelled);
        when(results.countsOf(cancelled)).thenReturn(new WaveCounts(0, null, true, null, null));

        HttpResponse<String> response = http.post("/api/waves/w-1/cancel", MANAGER, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(Http.json(response).path("nextReminderAt").isNull()).isTrue();
    }
}
