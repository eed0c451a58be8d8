package uk.nhs.cohortcoach.notificationservice.notify;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A GOV.UK Notify API key, taken apart: {@code {key name}-{service id}-{secret}}, where the service id
 * and the secret are UUIDs (the last 36 characters are the secret, the 36 before them and a dash the
 * service id; the key name is whatever is left and may itself contain dashes).
 *
 * <p>{@link #toString()} never shows the secret, and {@link #parse(String)}'s error never repeats the key.
 *
 * @param keyName   the name given to the key in Notify's admin (informational)
 * @param serviceId the Notify service id: the JWT's {@code iss}
 * @param secret    the secret: the JWT's HS256 signing key (its UTF-8 bytes)
 */
public record NotifyApiKey(String keyName, String serviceId, String secret) {

    private static final int UUID_LENGTH = 36;
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public NotifyApiKey {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(secret, "secret");
    }

    /**
     * Parses a key as Notify issues it.
     *
     * @throws IllegalArgumentException when it is not {@code {key name}-{service id uuid}-{secret uuid}};
     *                                  the message describes the expected shape, never the key
     */
    public static NotifyApiKey parse(String apiKey) {
        String key = apiKey == null ? "" : apiKey.strip();
        // name (at least 1 char) + '-' + uuid + '-' + uuid
        if (key.length() < 1 + 1 + UUID_LENGTH + 1 + UUID_LENGTH) {
            throw malformed("it is too short");
        }
        String secret = key.substring(key.length() - UUID_LENGTH);
        String serviceId = key.substring(key.length() - 2 * UUID_LENGTH - 1, key.length() - UUID_LENGTH - 1);
        String keyName = key.substring(0, key.length() - 2 * UUID_LENGTH - 2);
        if (key.charAt(key.length() - UUID_LENGTH - 1) != '-' || key.charAt(key.length() - 2 * UUID_LENGTH - 2) != '-') {
            throw malformed("the parts are not separated by dashes where expected");
        }
        if (!isUuid(serviceId)) {
            throw malformed("the service id is not a UUID");
        }
        if (!isUuid(secret)) {
            throw malformed("the secret is not a UUID");
        }
        if (keyName.isBlank()) {
            throw malformed("the key name is empty");
        }
        return new NotifyApiKey(keyName, serviceId, secret);
    }

    /** True when {@code apiKey} parses. */
    public static boolean isWellFormed(String apiKey) {
        try {
            parse(apiKey);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isUuid(String value) {
        if (value == null || !UUID_FORMAT.matcher(value).matches()) {
            return false;
        }
        UUID.fromString(value);
        return true;
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("The GOV.UK Notify API key is malformed (" + why + "): expected "
                + "'{key name}-{service id}-{secret}' where the service id and the secret are UUIDs, "
                + "as shown once when the key is created in GOV.UK Notify (check NOTIFY_API_KEY)");
    }

    @Override
    public String toString() {
        return "NotifyApiKey[keyName=" + keyName + ", serviceId=" + serviceId + ", secret=(hidden)]";
    }
}
