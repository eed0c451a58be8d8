package uk.nhs.cohortcoach.notificationservice.callback;

import static org.mockito.Mockito.verifyNoInteractions;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.notificationservice.NotificationWebSlice;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/**
 * Notify's delivery receipts on their own: only Notify's callback token lets one in, decided before the body is
 * read, and a receipt without an id or with a status Notify does not send is refused naming the field.
 */
class NotifyCallbackWebTest extends NotificationWebSlice {

    private static final String PATH = NotifyCallbackController.PATH;
    private static final String NOTIFY = "Bearer " + NOTIFY_CALLBACK_TOKEN;
    private static final String RECEIPT = """
            {"id":"provider-1","reference":"m-1","to":"someone@example.nhs.uk","status":"delivered",\
            "created_at":"2026-03-01T09:00:00.000000Z","completed_at":"2026-03-01T09:00:05.000000Z"}""";

    @Autowired
    private Messages messages;


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
