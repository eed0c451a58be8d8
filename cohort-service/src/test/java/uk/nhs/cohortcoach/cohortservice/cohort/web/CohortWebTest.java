package uk.nhs.cohortcoach.cohortservice.cohort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.cohortservice.CohortWebSlice;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortDetails;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortStatus;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohorts;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** {@code /api/cohorts} on its own: who may write, how requests map to the domain and back, and what is refused. */
class CohortWebTest extends CohortWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String VALID = """
            {"name":" Phase 2 ","phase":2,"startDate":"2026-04-01","endDate":"2026-12-31"}""";

    @Autowired
    private Cohorts cohorts;


    @Test
    void aCreateIsMappedToTheDomainAndAnsweredWithItsAddressVersionAndBody() {
        CohortDetails expected = new CohortDetails("Phase 2", 2, null, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-12-31"), null);
        when(cohorts.create(expected)).thenReturn(new Cohort("c-1", "Phase 2", 2, null, expected.startDate(),
                expected.endDate(), CohortStatus.PLANNED, 0L));

        HttpResponse<String> response = http.post("/api/cohorts", MANAGER, VALID);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/cohorts/c-1");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(Http.json(response).path("status").asString()).isEqualTo("PLANNED");
        assertThat(Http.json(response).path("name").asString()).isEqualTo("Phase 2");
    }

    @Test
    void onlyProgrammeManagersWriteAndTheRoleIsDecidedBeforeTheBodyIsRead() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            HttpResponse<String> response = http.post("/api/cohorts", Http.bearer("p-1", role), "not even json");
            ProblemAssertions.assertThatProblem(response).as(role.name()).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        }
        assertThat(http.post("/api/cohorts", null, "not even json").statusCode()).isEqualTo(401);
        assertThat(http.put("/api/cohorts/c-1", Http.bearer("p-1", Role.COACH), "{").statusCode()).isEqualTo(403);
        verifyNoInteractions(cohorts);
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswerInFormOrderInWordsForPeopleAndNothingReachesTheDomain() {
        HttpResponse<String> response = http.post("/api/cohorts", MANAGER, "{\"description\":\"no name, phase or dates\"}");

        ProblemAssertions.assertThatProblem(response).hasStatus(400).hasFieldErrorsInOrder(
                "name", "Enter the cohort name",
                "phase", "Enter the phase",
                "startDate", "Enter the start date",
                "endDate", "Enter the end date");
        verifyNoInteractions(cohorts);
    }

    @Test
    void datesInTheWrongOrderComeInTheSameAnswerAsAStatusThatDoesNotExistAndAMissingName() {
        HttpResponse<String> response = http.post("/api/cohorts", MANAGER, """
                {"phase":2,"startDate":"2026-12-31","endDate":"2026-04-01","status":"SOMEDAY"}""");

        ProblemAssertions.assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("name", "status", "endDate")
                .hasFieldError("endDate", "The end date must be after the start date").hasFieldError("status", "must be one of");
        verifyNoInteractions(cohorts);
    }

    @Test
    void aNameTooLongAndAPhaseOutOfRangeAreSaidWithTheirLimits() {
        HttpResponse<String> response = http.post("/api/cohorts", MANAGER, """
                {"name":"%s","phase":21,"startDate":"2026-04-01","endDate":"2026-12-31"}""".formatted("n".repeat(201)));

        ProblemAssertions.assertThatProblem(response).hasStatus(400).hasFieldErrorsInOrder(
                "name", "Cohort name must be 200 characters or fewer",
                "phase", "Phase must be a number between 1 and 20");
        verifyNoInteractions(cohorts);
    }

    @Test
    void aDeleteIsMappedToTheDomainAndAnswersNoContent() {
        assertThat(http.delete("/api/cohorts/c-1", MANAGER).statusCode()).isEqualTo(204);
        verify(cohorts).delete("c-1");
        assertThat(http.delete("/api/cohorts/c-1", Http.bearer("p-1", Role.COACH)).statusCode()).isEqualTo(403);
        verify(cohorts, org.mockito.Mockito.times(1)).delete(any());
    }

    @Test
    void whatDependsOnACohortSaysWhetherItCanBeDeletedAndWhyNot() {
        when(cohorts.get("c-1")).thenReturn(new Cohort("c-1", "Phase 2", 2, null, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-12-31"), CohortStatus.ACTIVE, 0L));
        when(cohorts.dependents("c-1")).thenReturn(new Dependents(2, 0, 4, 1));

        tools.jackson.databind.JsonNode answer = Http.json(http.get("/api/cohorts/c-1/dependents", MANAGER));

        assertThat(answer.path("deletable").asBoolean()).isFalse();
        assertThat(answer.path("detail").asString())
                .isEqualTo("Cohort Phase 2 cannot be deleted because it has 2 collaboratives, 1 survey wave, 4 coaching sessions.");
        assertThat(answer.path("collaboratives").asLong()).isEqualTo(2);
        assertThat(answer.path("sessions").asLong()).isEqualTo(4);
        assertThat(answer.path("waves").asLong()).isEqualTo(1);
    }

    @Test
    void anUpdateWithoutTheVersionReadIsRefusedNamingIt() {
        HttpResponse<String> response = http.put("/api/cohorts/c-1", MANAGER, VALID);

        ProblemAssertions.assertThatProblem(response).hasStatus(400).hasFieldErrorsOnly("version");
        verify(cohorts, org.mockito.Mockito.never()).update(eq("c-1"), any(), anyLong());
    }

    @Test
    void aListIsSortedOnlyByKnownFieldsAndFilteredOnlyByKnownStatuses() {
        ProblemAssertions.assertThatProblem(http.get("/api/cohorts?sort=password", MANAGER)).hasStatus(400).hasFieldError("sort");
        ProblemAssertions.assertThatProblem(http.get("/api/cohorts?status=OPENISH", MANAGER)).hasStatus(400);
        verifyNoInteractions(cohorts);
    }

    @TestFactory
    Stream<DynamicTest> creatingRefusesBadJsonBeforeTheDomain() {
        when(cohorts.create(any())).thenAnswer(call -> {
            CohortDetails details = call.getArgument(0);
            return new Cohort("c-9", details.name(), details.phase(), details.description(), details.startDate(),
                    details.endDate(), CohortStatus.PLANNED, 0L);
        });
        return JsonInputChecks.post(http, "/api/cohorts", """
                {"name":"Checked cohort","phase":3,"description":"Bespoke peer learning and coaching",
                 "startDate":"2026-01-05","endDate":"2026-09-30"}""",
                () -> mockingDetails(cohorts).getInvocations().size()).header("Authorization", MANAGER).dynamicTests();
    }
}
