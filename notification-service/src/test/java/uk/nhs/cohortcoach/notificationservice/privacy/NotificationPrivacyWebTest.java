package uk.nhs.cohortcoach.notificationservice.privacy;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.notificationservice.NotificationWebSlice;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** {@code GET /api/privacy/notification/people/{id}} on its own: programme managers only, and 404 when nothing is held. */
class NotificationPrivacyWebTest extends NotificationWebSlice {

    private static final String PATH = "/api/privacy/notification/people/person-1";

    @Autowired
    private NotificationSubjectAccess subjectAccess;


    @Test
    void onlyProgrammeManagersMayExport() {
        assertThatProblem(http.get(PATH, Http.bearer("person-1", Role.PARTICIPANT))).hasStatus(403);
        assertThatProblem(http.get(PATH, Http.bearer("coach-1", Role.COACH))).hasStatus(403);
        assertThatProblem(http.get(PATH, null)).hasStatus(401);
        verifyNoInteractions(subjectAccess);
    }

    @Test
    void aPersonAboutWhomNothingIsHeldIsNotFound() {
        when(subjectAccess.export("person-1"))
                .thenReturn(new NotificationExport("notification-service", "person-1", Instant.EPOCH, null, null, List.of(), List.of()));

        assertThatProblem(http.get(PATH, Http.bearer("manager-1", Role.PROGRAMME_MANAGER))).hasStatus(404);
    }
}
