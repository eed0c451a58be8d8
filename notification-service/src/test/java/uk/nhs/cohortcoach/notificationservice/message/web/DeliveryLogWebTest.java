package uk.nhs.cohortcoach.notificationservice.message.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import uk.nhs.cohortcoach.notificationservice.NotificationWebSlice;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** {@code /api/notifications} on its own: programme managers only, filters read as written, unknown filters and sorts refused. */
class DeliveryLogWebTest extends NotificationWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @Autowired
    private Messages messages;

    @Autowired
    private PersonDirectory people;


    @Test
    void filtersAreReadAsPeopleWriteThemAndBlanksFilterNothing() {
        when(messages.search(any(), any())).thenReturn(Page.empty());

        var response = http.get("/api/notifications?personId=p-1&status=permanent-failure&purpose=survey%20reminder&eventId=%20",
                MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        verify(messages).search(eq(new Messages.LogFilter("p-1", DeliveryStatus.PERMANENT_FAILURE, null, Purpose.SURVEY_REMINDER)),
                any());
    }

    @Test
    void aSearchFindsThePeopleFirstAndFiltersByThemTrimmed() {
        when(messages.search(any(), any())).thenReturn(Page.empty());
        when(people.idsMatching("ada l", DeliveryLogController.MAX_PEOPLE_FOUND)).thenReturn(java.util.List.of("p-1", "p-2"));

        var response = http.get("/api/notifications?q=%20ada%20l%20&purpose=action-assigned", MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        verify(messages).search(eq(new Messages.LogFilter(null, null, null, Purpose.ACTION_ASSIGNED, java.util.List.of("p-1", "p-2"))),
                any());
    }

    @Test
    void aSearchLongerThanAnEmailAddressCanBeIsRefusedNamingIt() {
        assertThatProblem(http.get("/api/notifications?q=" + "x".repeat(DeliveryLogController.MAX_SEARCH + 1), MANAGER))
                .hasStatus(400).hasFieldErrorsOnly("q");
        verifyNoInteractions(messages);
    }

    @Test
    void onlyProgrammeManagersReadOrRetry() {
        String coach = Http.bearer("coach-1", Role.COACH);
        String member = Http.bearer("p-1", Role.PARTICIPANT);

        assertThatProblem(http.get("/api/notifications", coach)).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        assertThatProblem(http.get("/api/notifications?personId=p-1", member)).hasStatus(403);
        assertThatProblem(http.get("/api/notifications/m-1", member)).hasStatus(403);
        assertThatProblem(http.post("/api/notifications/m-1/retry", coach, null)).hasStatus(403);
        assertThatProblem(http.get("/api/notifications", null)).hasStatus(401).hasType(ProblemTypes.UNAUTHORIZED);
        verifyNoInteractions(messages);
    }

    @Test
    void rejectsUnknownFiltersAndSortsNamingEach() {
        assertThatProblem(http.get("/api/notifications?status=lost", MANAGER)).hasStatus(400).hasFieldErrorsOnly("status");
        assertThatProblem(http.get("/api/notifications?purpose=spam", MANAGER)).hasStatus(400).hasFieldErrorsOnly("purpose");
        assertThatProblem(http.get("/api/notifications?sort=personalisation", MANAGER)).hasStatus(400).hasFieldErrorsOnly("sort");
        assertThatProblem(http.get("/api/notifications?page=-1", MANAGER)).hasStatus(400).hasFieldErrorsOnly("page");
        verifyNoInteractions(messages);
    }
}
