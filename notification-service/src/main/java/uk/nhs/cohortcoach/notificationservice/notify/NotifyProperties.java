package uk.nhs.cohortcoach.notificationservice.notify;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * GOV.UK Notify settings under {@code cohort-coach.notify}. Checked at start-up: a malformed key, a
 * missing key where one is required, or a template map that does not give every {@link Purpose} a
 * template id (UUID) stops the service with the reason.
 *
 * @param apiKey        the Notify API key ({@code NOTIFY_API_KEY}); empty means no key: email goes to
 *                      the log channel. Never logged
 * @param baseUrl       Notify's API ({@code NOTIFY_BASE_URL})
 * @param timeout       connect and read timeout of one request to Notify ({@code NOTIFY_TIMEOUT})
 * @param templates     {@link Purpose#templateKey()} → Notify template id (UUID)
 * @param callbackToken the bearer token Notify sends with delivery-status callbacks
 *                      ({@code NOTIFY_CALLBACK_TOKEN}); empty = none configured. Never logged
 * @param requireKey    refuse to start without an API key (true under the {@code prod} profile)
 * @param requireCallbackToken refuse to start without a callback token (true under the {@code prod} profile:
 *                      without one, Notify's delivery receipts are all refused and failures go unseen)
 */
@Validated
@ConfigurationProperties("cohort-coach.notify")
public record NotifyProperties(
        @DefaultValue("") String apiKey,
        @NotNull @DefaultValue("https://api.notifications.service.gov.uk") URI baseUrl,
        @NotNull @DefaultValue("10s") Duration timeout,
        @NotNull @DefaultValue Map<String, String> templates,
        @DefaultValue("") String callbackToken,
        @DefaultValue("false") boolean requireKey,
        @DefaultValue("false") boolean requireCallbackToken) {

    public NotifyProperties {
        apiKey = apiKey == null ? "" : apiKey.strip();
        callbackToken = callbackToken == null ? "" : callbackToken.strip();
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /** True when a key is configured: email goes to GOV.UK Notify. */
    public boolean hasApiKey() {
        return !apiKey.isEmpty();
    }

    /** The configured key, taken apart; empty when there is none. */
    public Optional<NotifyApiKey> parsedApiKey() {
        return hasApiKey() ? Optional.of(NotifyApiKey.parse(apiKey)) : Optional.empty();
    }

    /** The Notify template id for a template key, if configured. */
    public Optional<String> templateId(String templateKey) {
        return Optional.ofNullable(templates.get(templateKey));
    }

    @AssertTrue(message = "must be a GOV.UK Notify API key '{key name}-{service id}-{secret}' where the service id and "
            + "the secret are UUIDs (check NOTIFY_API_KEY), or empty to use the log channel")
    public boolean isApiKeyWellFormed() {
        return !hasApiKey() || NotifyApiKey.isWellFormed(apiKey);
    }

    @AssertTrue(message = "a GOV.UK Notify API key is required here (cohort-coach.notify.require-key is true, as in the "
            + "prod profile): set NOTIFY_API_KEY; the log channel would send no email at all")
    public boolean isApiKeyPresentWhenRequired() {
        return !requireKey || hasApiKey();
    }

    @AssertTrue(message = "a callback token is required here (cohort-coach.notify.require-callback-token is true, as in "
            + "the prod profile): set cohort-coach.notify.callback-token with NOTIFY_CALLBACK_TOKEN, the bearer token "
            + "configured for the delivery-status callback in GOV.UK Notify; without it every delivery receipt is refused")
    public boolean isCallbackTokenPresentWhenRequired() {
        return !requireCallbackToken || !callbackToken.isEmpty();
    }

    @AssertTrue(message = "must map every template key (session-invitation, session-rescheduled, session-cancelled, "
            + "session-reminder, session-log-reminder, action-assigned, action-due, survey-invitation, survey-reminder, "
            + "registration-confirmed, registration-waitlisted, registration-cancelled, open-event-reminder, open-event-moved, "
            + "open-event-cancelled, open-event-feedback, recording-available, new-resource) "
            + "to a GOV.UK Notify template id (a UUID), and nothing else (check the NOTIFY_TEMPLATE_* variables)")
    public boolean isTemplatesComplete() {
        List<String> keys = Arrays.stream(Purpose.values()).map(Purpose::templateKey).toList();
        return templates.size() == keys.size()
                && keys.stream().allMatch(k -> NotifyApiKey.isUuid(templates.get(k)));
    }

    @Override
    public String toString() {
        return "NotifyProperties[apiKey=" + (hasApiKey() ? "(hidden)" : "(none)") + ", baseUrl=" + baseUrl
                + ", timeout=" + timeout + ", templates=" + templates + ", callbackToken="
                + (callbackToken.isEmpty() ? "(none)" : "(hidden)") + ", requireKey=" + requireKey
                + ", requireCallbackToken=" + requireCallbackToken + "]";
    }
}
