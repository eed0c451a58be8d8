package uk.nhs.cohortcoach.coachingservice.action.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;

/** {@code /api/actions} on its own: how a completion maps to the domain and back, and what is refused before it. */
class ActionWebTest extends CoachingWebSlice {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-10");
    private static final String OWNER = Http.bearer("owner-1", Role.PARTICIPANT);
    private static final String COACH = Http.bearer("coach-1", Role.COACH);

    @Autowired
    private Actions actions;

    @BeforeEach
    void stubToday() {
        when(actions.today()).thenReturn(TODAY);
    }

    private static Action action(ActionStatus status, LocalDate due, LocalDate completedOn, long version) {
        return new Action("a-1", "s-1", "cohort-1", "collab-1", "Follow up", "owner-1", "Asha Patel", null, due, status, completedOn,
                version);
    }

    @Test
    void aCompletionCarriesTheDayAndVersionToTheDomainAndAnswersTheAction() {
        when(actions.complete(eq("a-1"), eq(TODAY.minusDays(2)), eq(3L), any()))
                .thenReturn(action(ActionStatus.DONE, TODAY.minusDays(5), TODAY.minusDays(2), 4));

        HttpResponse<String> response = http.post("/api/actions/a-1/complete", OWNER,
                "{\"completedOn\":\"" + TODAY.minusDays(2) + "\",\"version\":3}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(Http.json(response).path("status").asString()).isEqualTo("DONE");
        assertThat(Http.json(response).path("completedOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(Http.json(response).path("overdue").asBoolean()).isFalse();
    }

    @Test
    void anOpenActionPastItsDueDateIsShownOverdue() {
        when(actions.get(eq("a-1"), any())).thenReturn(action(ActionStatus.OPEN, TODAY.minusDays(1), null, 0));

        HttpResponse<String> response = http.get("/api/actions/a-1", OWNER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("overdue").asBoolean()).isTrue();
    }

    @Test
    void aCompletionWithoutTheVersionReadIsRefusedNamingIt() {
        assertThatProblem(http.post("/api/actions/a-1/complete", OWNER, "{}")).hasStatus(400).hasFieldErrorsOnly("version");
        verify(actions, never()).complete(any(), any(), anyLong(), any());
    }

    @Test
    void anUnknownStatusOrSortIsRefusedAndNobodyUnsignedReads() {
        assertThatProblem(http.get("/api/actions?status=LATE", OWNER)).hasStatus(400);
        assertThatProblem(http.get("/api/actions?sort=ownerName", OWNER)).hasStatus(400).hasFieldError("sort");
        assertThatProblem(http.get("/api/actions", null)).hasStatus(401);
        assertThatProblem(http.post("/api/actions/a-1/complete", null, "not even json")).hasStatus(401);
        verify(actions, never()).list(any(), any(), any());
    }

    @TestFactory
    Stream<DynamicTest> completingRefusesBadJsonBeforeTheDomain() {
        when(actions.complete(any(), any(), anyLong(), any())).thenReturn(action(ActionStatus.DONE, TODAY, TODAY, 1));
        return JsonInputChecks.update(http, "POST", "/api/actions/a-1/complete", "{\"completedOn\":\"" + TODAY + "\",\"version\":0}",
                () -> mockingDetails(actions).getInvocations().stream()
                        .filter(call -> call.getMethod().getName().equals("complete")).count())
                .validBodyStores(1).header("Authorization", OWNER).dynamicTests();
    }
    @Test
    void anEditCarriesTextDueDateAndVersionToTheDomainAndAnswersTheActionWithItsNewVersion() {
        when(actions.edit(eq("a-1"), eq("Follow up with the ICB"), eq(TODAY.plusDays(3)), eq(2L), any()))
                .thenReturn(action(ActionStatus.OPEN, TODAY.plusDays(3), null, 3));

        HttpResponse<String> response = http.post("/api/actions/a-1/edit", COACH,
                "{\"description\":\"Follow up with the ICB\",\"dueDate\":\"" + TODAY.plusDays(3) + "\",\"version\":2}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(Http.json(response).path("dueDate").asString()).isEqualTo(TODAY.plusDays(3).toString());
    }

    @Test
    void anEditThatChangesNothingOrBlanksTheTextIsRefusedNamingTheDescription() {
        assertThatProblem(http.post("/api/actions/a-1/edit", COACH, "{\"version\":0}")).hasStatus(400)
                .hasFieldErrorsOnly("description").hasFieldError("description", "Enter a new description or due date, or both");
        assertThatProblem(http.post("/api/actions/a-1/edit", COACH, "{\"description\":\"   \",\"version\":0}")).hasStatus(400)
                .hasFieldErrorsOnly("description");
        assertThatProblem(http.post("/api/actions/a-1/edit", COACH, "{\"description\":\"" + "x".repeat(501) + "\",\"version\":0}"))
                .hasStatus(400).hasFieldErrorsOnly("description");
        verify(actions, never()).edit(any(), any(), any(), anyLong(), any());
    }

    @Test
    void aReassignmentCarriesTheNewOwnerToTheDomainAndAnOutsidersEmailIsShownToWhoMayChangeIt() {
        Action outsiders = new Action("a-1", "s-1", "cohort-1", "collab-1", "Follow up", null, "Jo Bloggs", "jo@example.org",
                TODAY, ActionStatus.OPEN, null, 5L);
        when(actions.reassign(eq("a-1"), eq(null), eq("Jo Bloggs"), eq("jo@example.org"), eq(4L), any())).thenReturn(outsiders);
        when(actions.mayManage(any(), eq(outsiders))).thenReturn(true);

        HttpResponse<String> response = http.post("/api/actions/a-1/reassign", COACH,
                "{\"ownerName\":\"Jo Bloggs\",\"ownerEmail\":\"jo@example.org\",\"version\":4}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("ownerEmail").asString()).isEqualTo("jo@example.org");
        assertThat(Http.json(response).path("mayChange").asBoolean()).isTrue();
    }

    @Test
    void anOutsidersEmailIsHiddenFromThoseWhoMayNotChangeTheAction() {
        when(actions.get(eq("a-1"), any())).thenReturn(new Action("a-1", "s-1", "cohort-1", "collab-1", "Follow up", null,
                "Jo Bloggs", "jo@example.org", TODAY, ActionStatus.OPEN, null, 5L));

        HttpResponse<String> response = http.get("/api/actions/a-1", OWNER);

        assertThat(Http.json(response).path("ownerName").asString()).isEqualTo("Jo Bloggs");
        assertThat(Http.json(response).path("ownerEmail").isNull()).isTrue();
    }

    @Test
    void aReassignmentWithAnAddressThatIsNotAnEmailIsRefusedNamingIt() {
        assertThatProblem(http.post("/api/actions/a-1/reassign", COACH,
                "{\"ownerName\":\"Jo Bloggs\",\"ownerEmail\":\"jo at example\",\"version\":0}")).hasStatus(400)
                .hasFieldErrorsOnly("ownerEmail");
        verify(actions, never()).reassign(any(), any(), any(), any(), anyLong(), any());
    }

    @Test
    void aReopeningCarriesTheVersionToTheDomain() {
        when(actions.reopen(eq("a-1"), eq(6L), any())).thenReturn(action(ActionStatus.OPEN, TODAY.minusDays(2), null, 7));

        HttpResponse<String> response = http.post("/api/actions/a-1/reopen", OWNER, "{\"version\":6}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("status").asString()).isEqualTo("OPEN");
        assertThat(Http.json(response).path("overdue").asBoolean()).isTrue();
    }

    @Test
    void participantsAreRefusedEditingAndReassigningBeforeTheBodyIsRead() {
        assertThatProblem(http.post("/api/actions/a-1/edit", OWNER, "not even json")).hasStatus(403);
        assertThatProblem(http.post("/api/actions/a-1/reassign", OWNER, "{\"ownerId\":5")).hasStatus(403);
        assertThatProblem(http.post("/api/actions/a-1/edit", null, "{}")).hasStatus(401);
        verify(actions, never()).edit(any(), any(), any(), anyLong(), any());
        verify(actions, never()).reassign(any(), any(), any(), any(), anyLong(), any());
    }

    @TestFactory
    Stream<DynamicTest> editingRefusesBadJsonBeforeTheDomain() {
        when(actions.edit(any(), any(), any(), anyLong(), any())).thenReturn(action(ActionStatus.OPEN, TODAY, null, 1));
        return JsonInputChecks.update(http, "POST", "/api/actions/a-1/edit",
                        "{\"description\":\"Follow up\",\"dueDate\":\"" + TODAY + "\",\"version\":0}",
                        () -> calls("edit"))
                .validBodyStores(1).header("Authorization", COACH).dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> reassigningRefusesBadJsonBeforeTheDomain() {
        when(actions.reassign(any(), any(), any(), any(), anyLong(), any())).thenReturn(action(ActionStatus.OPEN, TODAY, null, 1));
        return JsonInputChecks.update(http, "POST", "/api/actions/a-1/reassign",
                        "{\"ownerName\":\"Jo Bloggs\",\"ownerEmail\":\"jo@example.org\",\"version\":0}",
                        () -> calls("reassign"))
                .validBodyStores(1).header("Authorization", COACH).dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> reopeningRefusesBadJsonBeforeTheDomain() {
        when(actions.reopen(any(), anyLong(), any())).thenReturn(action(ActionStatus.OPEN, TODAY, null, 1));
        return JsonInputChecks.update(http, "POST", "/api/actions/a-1/reopen", "{\"version\":0}", () -> calls("reopen"))
                .validBodyStores(1).header("Authorization", OWNER).dynamicTests();
    }

    private long calls(String method) {
        return mockingDetails(actions).getInvocations().stream().filter(call -> call.getMethod().getName().equals(method)).count();
    }
}
