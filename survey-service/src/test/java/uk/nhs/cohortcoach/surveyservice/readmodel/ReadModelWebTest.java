package uk.nhs.cohortcoach.surveyservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyWebSlice;

/** {@code POST /api/waves/read-model/rebuild} on its own: programme managers only, both read models rebuilt, consumer first. */
class ReadModelWebTest extends SurveyWebSlice {

    private static final String PATH = "/api/waves/read-model/rebuild";

    @Autowired
    private ReadModels readModels;


    @Test
    void aProgrammeManagerRebuildsTheConsumersViewsAndThenTheCohorts() {
        when(readModels.rebuild(SurveyReadModels.CONSUMER)).thenReturn(new RebuildResult(SurveyReadModels.CONSUMER, 7, Map.of()));
        when(readModels.rebuild(SurveyReadModels.COHORTS)).thenReturn(new RebuildResult(SurveyReadModels.COHORTS, 3, Map.of()));

        HttpResponse<String> response = http.post(PATH, Http.bearer("manager-1", Role.PROGRAMME_MANAGER), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).findValuesAsString("readModel"))
                .containsExactly(SurveyReadModels.CONSUMER, SurveyReadModels.COHORTS);
    }

    @Test
    void onlyProgrammeManagersRebuild() {
        assertThatProblem(http.post(PATH, Http.bearer("coach-1", Role.COACH), null)).hasStatus(403);
        assertThatProblem(http.post(PATH, Http.bearer("member-1", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.post(PATH, null, null)).hasStatus(401);
        verifyNoInteractions(readModels);
    }
}
