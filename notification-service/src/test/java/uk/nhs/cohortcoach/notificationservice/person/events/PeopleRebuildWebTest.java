package uk.nhs.cohortcoach.notificationservice.person.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.notificationservice.NotificationWebSlice;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;
import uk.nhs.cohortcoach.platform.test.Http;

/** {@code POST /api/notifications/read-model/rebuild} on its own: programme managers only, decided before anything is dropped. */
class PeopleRebuildWebTest extends NotificationWebSlice {

    @Autowired
    private ReadModels readModels;


    @Test
    void aProgrammeManagerRebuildsThePeople() {
        when(readModels.rebuild(PeopleReadModel.CONSUMER)).thenReturn(new RebuildResult(PeopleReadModel.CONSUMER, 4, Map.of()));

        HttpResponse<String> response = http.post(PeopleReadModel.REBUILD_PATH, Http.bearer("manager-1", Role.PROGRAMME_MANAGER), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).findValuesAsString("readModel")).containsExactly(PeopleReadModel.CONSUMER);
    }

    @Test
    void onlyProgrammeManagersRebuild() {
        assertThatProblem(http.post(PeopleReadModel.REBUILD_PATH, Http.bearer("coach-1", Role.COACH), null)).hasStatus(403);
        assertThatProblem(http.post(PeopleReadModel.REBUILD_PATH, Http.bearer("member-1", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.post(PeopleReadModel.REBUILD_PATH, null, null)).hasStatus(401);
        verifyNoInteractions(readModels);
    }
}
