package uk.nhs.cohortcoach.coachingservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;
import uk.nhs.cohortcoach.platform.test.Http;

/** The read-model rebuild on its own: programme managers only, answered with what the rebuild counted per view. */
class ReadModelWebTest extends CoachingWebSlice {

    private static final String REBUILD = "/api/sessions/read-model/rebuild";

    @Autowired
    private ReadModels readModels;

    @Autowired
    private MongoTemplate mongo;


    @Test
    void aRebuildAnswersTheEventsReplayedAndTheDocumentsInEachView() {
        when(mongo.getCollectionName(any())).thenAnswer(call -> ((Class<?>) call.getArgument(0)).getSimpleName());
        when(readModels.rebuild(CohortReadModel.CONSUMER)).thenReturn(new RebuildResult(CohortReadModel.CONSUMER, 12,
                Map.of("CohortView", 1L, "CollaborativeView", 2L, "PersonView", 3L)));

        HttpResponse<String> response = http.post(REBUILD, Http.bearer("manager-1", Role.PROGRAMME_MANAGER), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("eventsReplayed").asLong()).isEqualTo(12);
        assertThat(Http.json(response).path("cohorts").asLong()).isEqualTo(1);
        assertThat(Http.json(response).path("collaboratives").asLong()).isEqualTo(2);
        assertThat(Http.json(response).path("people").asLong()).isEqualTo(3);
    }

    @Test
    void onlyProgrammeManagersRebuild() {
        assertThatProblem(http.post(REBUILD, Http.bearer("coach-1", Role.COACH), null)).hasStatus(403);
        assertThatProblem(http.post(REBUILD, Http.bearer("member-1", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.post(REBUILD, null, null)).hasStatus(401);
        verifyNoInteractions(readModels);
    }
}
