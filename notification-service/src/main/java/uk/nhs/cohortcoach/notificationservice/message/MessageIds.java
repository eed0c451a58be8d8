package uk.nhs.cohortcoach.notificationservice.message;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Message ids derived from what makes a message unique, so storing it twice is a duplicate key. */
final class MessageIds {

    private MessageIds() {
    }

    static String of(String source, String recipientId, Purpose purpose) {
        String key = source + '\n' + recipientId + '\n' + purpose.name();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
