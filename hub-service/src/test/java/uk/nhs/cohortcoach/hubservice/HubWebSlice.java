package uk.nhs.cohortcoach.hubservice;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.nhs.cohortcoach.hubservice.feedback.Feedback;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.Reach;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventAccess;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;
import uk.nhs.cohortcoach.hubservice.organisation.web.MemberOrganisationController;
import uk.nhs.cohortcoach.hubservice.registration.Registering;
import uk.nhs.cohortcoach.platform.test.WebSliceClient;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;

/**
 * hub-service's web slice: every controller with the service's URL rules, and a Mockito mock of everything the
 * controllers call. A {@code *WebTest} extends this and {@code @Autowired}s the mocks it stubs; because every web
 * test declares the same slice, they all share one Spring context (a test that declared mocks of its own would start
 * another).
 */
@WebSliceTest
@Import({OpenEventAccess.class, MemberOrganisationController.Access.class})
@MockitoBean(types = {OpenEvents.class, Reach.class, Registering.class, Feedback.class, MemberOrganisations.class})
public abstract class HubWebSlice extends WebSliceClient {
}
