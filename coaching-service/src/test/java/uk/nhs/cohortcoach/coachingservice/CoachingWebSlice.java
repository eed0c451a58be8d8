package uk.nhs.cohortcoach.coachingservice;

import uk.nhs.cohortcoach.coachingservice.logdraft.LogDrafts;

import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.calendar.CalendarFeeds;
import uk.nhs.cohortcoach.coachingservice.calendar.FeedAccess;
import uk.nhs.cohortcoach.coachingservice.insight.InsightAccess;
import uk.nhs.cohortcoach.coachingservice.insight.Insights;
import uk.nhs.cohortcoach.coachingservice.privacy.CoachingSubjectAccess;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModelAccess;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scheduling;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionQueries;
import uk.nhs.cohortcoach.coachingservice.sessionlog.SessionLogs;
import uk.nhs.cohortcoach.coachingservice.summary.Summaries;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.test.WebSliceClient;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;

/**
 * coaching-service's web slice: every controller with the service's URL rules, and a Mockito mock of everything the
 * controllers call. A {@code *WebTest} extends this and {@code @Autowired}s the mocks it stubs; because every web
 * test declares the same slice, they all share one Spring context (a test that declared mocks of its own would start
 * another).
 */
@WebSliceTest
@Import({FeedAccess.class, ReadModelAccess.class, InsightAccess.class})
@MockitoBean(types = {Scheduling.class, SessionQueries.class, SessionLogs.class, Actions.class, Summaries.class, Insights.class,
        CoachingSubjectAccess.class, CalendarFeeds.class, ReadModels.class, MongoTemplate.class, LogDrafts.class})
public abstract class CoachingWebSlice extends WebSliceClient {
}
