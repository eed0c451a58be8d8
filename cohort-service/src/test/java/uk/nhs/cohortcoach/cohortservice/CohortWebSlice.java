package uk.nhs.cohortcoach.cohortservice;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.nhs.cohortcoach.cohortservice.access.VisibilityResolver;
import uk.nhs.cohortcoach.cohortservice.access.WritesNeedProgrammeManagers;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohorts;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeChecks;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaboratives;
import uk.nhs.cohortcoach.cohortservice.participant.Participants;
import uk.nhs.cohortcoach.cohortservice.participant.importing.ParticipantImport;
import uk.nhs.cohortcoach.cohortservice.person.People;
import uk.nhs.cohortcoach.cohortservice.person.PersonChecks;
import uk.nhs.cohortcoach.cohortservice.privacy.SubjectAccess;
import uk.nhs.cohortcoach.platform.test.WebSliceClient;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;

/**
 * cohort-service's web slice: every controller with the service's URL rules, and a Mockito mock of everything the
 * controllers call. A {@code *WebTest} extends this and {@code @Autowired}s the mocks it stubs; because every web
 * test declares the same slice, they all share one Spring context (a test that declared mocks of its own would start
 * another).
 */
@WebSliceTest
@Import(WritesNeedProgrammeManagers.class)
@MockitoBean(types = {Cohorts.class, Collaboratives.class, CollaborativeChecks.class, People.class, PersonChecks.class,
        Participants.class, ParticipantImport.class, SubjectAccess.class, VisibilityResolver.class})
public abstract class CohortWebSlice extends WebSliceClient {
}
