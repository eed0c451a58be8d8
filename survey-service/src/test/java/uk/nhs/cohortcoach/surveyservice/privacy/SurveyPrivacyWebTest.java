package uk.nhs.cohortcoach.surveyservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyWebSlice;

/** {@code GET /api/privacy/survey/people/{id}} on its own: programme managers only, and 404 when nothing is held. */
class SurveyPrivacyWebTest extends SurveyWebSlice {

    private static final String PATH = "/api/privacy/survey/people/person-1";

    @Autowired
    private SurveySubjectAccess subjectAccess;


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
                .thenReturn(new SurveyExport("survey-service", "person-1", Instant.EPOCH, List.of(), List.of(), "note"));

        assertThatProblem(http.get(PATH, Http.bearer("manager-1", Role.PROGRAMME_MANAGER))).hasStatus(404);
    }
}
