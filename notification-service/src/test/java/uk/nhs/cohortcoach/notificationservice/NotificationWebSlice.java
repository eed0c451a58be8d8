package uk.nhs.cohortcoach.notificationservice;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import uk.nhs.cohortcoach.notificationservice.dispatch.EmailFields;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.nhs.cohortcoach.notificationservice.callback.CallbackSecurity;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.notify.NotifyProperties;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.notificationservice.person.events.PeopleReadModel;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.notificationservice.privacy.NotificationSubjectAccess;
import uk.nhs.cohortcoach.notificationservice.session.InvitationCalendars;
import uk.nhs.cohortcoach.notificationservice.session.web.InvitationCalendarAccess;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.test.WebSliceClient;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;

/**
 * notification-service's web slice: every controller with the service's URL rules (Notify's callback token among
 * them, configured as {@link #NOTIFY_CALLBACK_TOKEN}), and a Mockito mock of everything the controllers and the
 * imported configurations call. A {@code *WebTest} extends this and {@code @Autowired}s the mocks it stubs; because
 * every web test declares the same slice, they all share one Spring context (a test that declared mocks of its own
 * would start another).
 */
@WebSliceTest
@Import({PeopleReadModel.class, CallbackSecurity.class, InvitationCalendarAccess.class, NotificationWebSlice.NotifySettings.class})
@MockitoBean(types = {Messages.class, PersonDirectory.class, EmailFields.class, Preferences.class, NotificationSubjectAccess.class,
        ReadModels.class, MongoTemplate.class, SurveyTriggers.class, InvitationCalendars.class, Clock.class})
@TestPropertySource(properties = "cohort-coach.notify.callback-token=" + NotificationWebSlice.NOTIFY_CALLBACK_TOKEN)
public abstract class NotificationWebSlice extends WebSliceClient {

    /** The callback token Notify's receipts must carry in the slice. */
    protected static final String NOTIFY_CALLBACK_TOKEN = "notify-callback-secret";

    /** Notify's settings as the service binds them, with the callback token configured. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotifyProperties.class)
    static class NotifySettings {
    }
}
