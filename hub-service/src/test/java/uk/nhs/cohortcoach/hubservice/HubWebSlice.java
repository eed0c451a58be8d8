package uk.nhs.cohortcoach.hubservice;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.nhs.cohortcoach.hubservice.feedback.Feedback;
import uk.nhs.cohortcoach.hubservice.membership.ReadModelController;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.Reach;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventAccess;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;
import uk.nhs.cohortcoach.hubservice.organisation.web.MemberOrganisationController;
import uk.nhs.cohortcoach.hubservice.registration.Registering;
import uk.nhs.cohortcoach.hubservice.resource.Readers;
import uk.nhs.cohortcoach.hubservice.resource.ResourceAttachments;
import uk.nhs.cohortcoach.hubservice.resource.Resources;
import uk.nhs.cohortcoach.hubservice.resource.web.ResourceController;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.test.WebSliceClient;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;

/**
 * hub-service's web slice: every controller with the service's URL rules, and a Mockito mock of everything the
 * controllers call. A {@code *WebTest} extends this and {@code @Autowired}s the mocks it stubs; because every web test
 * declares the same slice, they all share one Spring context. A feature adds its {@code Access} class to
 * {@code @Import} and its application services to {@code @MockitoBean} — one line each.
 */
@WebSliceTest
@Import({ResourceController.Access.class, ReadModelController.Access.class, OpenEventAccess.class,
        MemberOrganisationController.Access.class})
@MockitoBean(types = {Resources.class, ResourceAttachments.class, Readers.class, ReadModels.class, OpenEvents.class,
        Reach.class, Registering.class, Feedback.class, MemberOrganisations.class})
public abstract class HubWebSlice extends WebSliceClient {
}
