package uk.nhs.cohortcoach.notificationservice.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything notification-service holds about one person. {@code person} is null when it does not (or no longer) know them. */
record NotificationExport(String service, String personId, Instant generatedAt, PersonData person, PreferenceData preferences,
        List<MessageData> messages, List<Map<String, Object>> surveyInvitations) {

    /** True when the service holds nothing at all about the person. */
    boolean empty() {
        return person == null && preferences == null && messages.isEmpty() && surveyInvitations.isEmpty();
    }

    record PersonData(String name, String email, List<String> roles, List<String> currentCollaborativeIds) {
    }

    record PreferenceData(boolean reminders, Instant updatedAt, String updatedBy) {
    }

    record MessageData(String id, String purpose, String status, Instant createdAt, Instant completedAt, String eventType,
            String subjectId, Map<String, String> personalisation) {
    }
}
