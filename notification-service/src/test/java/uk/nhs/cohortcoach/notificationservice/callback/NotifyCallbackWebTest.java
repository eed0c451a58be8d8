package uk.nhs.cohortcoach.notificationservice.callback;

import static org.mockito.Mockito.verifyNoInteractions;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.notify.NotifyProperties;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.WebSliceTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/**
 * Notify's delivery receipts on their own: only Notify's callback token lets one in, decided before the body is
 * read, and a receipt without an id or with a status Notify does not send is refused naming the field.
 */
@WebSliceTest(controllers = NotifyCallbackController.class)
@Import(CallbackSecurity.class)
@TestPropertySource(properties = "cohort-coach.notify.callback-token=" + NotifyCallbackWebTest.TOKEN)
class NotifyCallbackWebTest {

    private static final String PATH = NotifyCallbackController.PATH;
    static final String TOKEN = "notify-callback-secret";
    private static final String NOTIFY = "Bearer " + TOKEN;
    private static final String RECEIPT = """
            {"id":"provider-1","reference":"m-1","to":"someone@example.nhs.uk","status":"delivered",\
            "created_at":"2026-03-01T09:00:00.000000Z","completed_at":"2026-03-01T09:00:05.000000Z"}""";

    @MockitoBean
    private Messages messages;

    @MockitoBean
    private Clock clock;

    @Autowired
    private MockMvc mockMvc;

    private Http http;

    /** Notify's settings as the service binds them, with a callback token configured. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotifyProperties.class)
    static class NotifySettings {
    }

    @BeforeEach
    void client() {
        http = Http.over(mockMvc);
    }

    @Test
    void refusesAReceiptWithoutNotifysTokenBeforeReadingTheBody() {
        assertThatProblem(http.post(PATH, null, "not even json")).hasStatus(401).hasType(ProblemTypes.UNAUTHORIZED);
        assertThatProblem(http.post(PATH, "Bearer not-the-token", "not even json")).hasStatus(401);
        assertThatProblem(http.post(PATH, Http.bearer("manager-1", Role.PROGRAMME_MANAGER), "not even json")).hasStatus(401);
        verifyNoInteractions(messages);
    }

    @Test
    void aStatusNotifyDoesNotSendIsRefusedNamingStatus() {
        assertThatProblem(http.post(PATH, NOTIFY, RECEIPT.replace("delivered", "lost-in-the-post"))).hasStatus(400)
                .hasFieldErrorsOnly("status");
        verifyNoInteractions(messages);
    }

    @Test
    void aReceiptWithoutAnIdIsRefusedNamingId() {
        assertThatProblem(http.post(PATH, NOTIFY, "{\"reference\":\"m-1\",\"status\":\"delivered\"}")).hasStatus(400)
                .hasFieldErrorsOnly("id");
        verifyNoInteractions(messages);
    }

    @Test
    void aReceiptCarryingAnOperatorKeyIsRefused() {
        assertThatProblem(http.post(PATH, NOTIFY, RECEIPT.replace("}", ",\"$set\":{\"status\":1}}"))).hasStatus(400);
        verifyNoInteractions(messages);
    }
}
