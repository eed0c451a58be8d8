package uk.nhs.cohortcoach.surveyservice;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.test.WebSliceClient;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;
import uk.nhs.cohortcoach.surveyservice.framework.Frameworks;
import uk.nhs.cohortcoach.surveyservice.framework.web.FrameworkController;
import uk.nhs.cohortcoach.surveyservice.mysurveys.MySurveys;
import uk.nhs.cohortcoach.surveyservice.privacy.SurveySubjectAccess;
import uk.nhs.cohortcoach.surveyservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.surveyservice.readmodel.ReadModelController;
import uk.nhs.cohortcoach.surveyservice.respond.Answering;
import uk.nhs.cohortcoach.surveyservice.respond.RespondAccess;
import uk.nhs.cohortcoach.surveyservice.results.Results;
import uk.nhs.cohortcoach.surveyservice.wave.Waves;
import uk.nhs.cohortcoach.surveyservice.wave.web.WaveController;

/**
 * survey-service's web slice: every controller with the service's URL rules, and a Mockito mock of everything the
 * controllers call. A {@code *WebTest} extends this and {@code @Autowired}s the mocks it stubs; because every web
 * test declares the same slice, they all share one Spring context (a test that declared mocks of its own would start
 * another).
 */
@WebSliceTest
@Import({FrameworkController.Access.class, WaveController.Access.class, ReadModelController.Access.class,
        RespondAccess.class})
@MockitoBean(types = {Frameworks.class, Waves.class, Results.class, ReadModel.class, ReadModels.class, Answering.class,
        SurveySubjectAccess.class, MySurveys.class})
public abstract class SurveyWebSlice extends WebSliceClient {
}
