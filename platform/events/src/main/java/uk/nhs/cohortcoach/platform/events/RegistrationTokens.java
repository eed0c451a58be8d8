package uk.nhs.cohortcoach.platform.events;

/**
 * The links in an open-event registration's emails, made the way survey links are ({@link InvitationTokens}): an
 * HMAC-SHA256 of the registration id and the link's purpose under a secret shared by hub-service (which keeps only
 * each link's {@link #hash(String) hash}) and notification-service (which puts the link in the email). Neither link
 * is stored, logged or carried in an event; knowing a registration id makes no link.
 */
public final class RegistrationTokens {

    private RegistrationTokens() {
    }

    /** The token of the "cancel my registration" link. */
    public static String cancelToken(byte[] linkSecret, String registrationId) {
        return InvitationTokens.token(linkSecret, "cancel:" + registrationId);
    }

    /** The token of the single-use anonymous feedback link an attendee is sent after the event. */
    public static String feedbackToken(byte[] linkSecret, String registrationId) {
        return InvitationTokens.token(linkSecret, "feedback:" + registrationId);
    }

    /** What hub-service stores and looks a token up by: SHA-256 of the token, hex. */
    public static String hash(String token) {
        return InvitationTokens.hash(token);
    }
}
