package uk.nhs.cohortcoach.notificationservice.callback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * {@code POST /api/notifications/callbacks/notify}: GOV.UK Notify's delivery receipts. Notify sends the
 * bearer token configured for the service's callback ({@code NOTIFY_CALLBACK_TOKEN}); without that
 * exact token the answer is 401, and with no token configured the endpoint accepts nothing. A receipt
 * for a message already in that state changes nothing (Notify may send one twice).
 */
@RestController
@Tag(name = "GOV.UK Notify callbacks")
class NotifyCallbackController {

    static final String PATH = "/api/notifications/callbacks/notify";

    private static final Logger log = LoggerFactory.getLogger(NotifyCallbackController.class);
    private static final Map<String, DeliveryStatus> STATUSES = Map.of(
            "delivered", DeliveryStatus.DELIVERED,
            "permanent-failure", DeliveryStatus.PERMANENT_FAILURE,
            "temporary-failure", DeliveryStatus.TEMPORARY_FAILURE,
            "technical-failure", DeliveryStatus.TECHNICAL_FAILURE);

    private final Messages messages;
    private final Clock clock;

    NotifyCallbackController(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT) // what the document declares; the ResponseEntity sets the same
    @Operation(summary = "Delivery receipt from GOV.UK Notify (bearer token: the service's callback token)")
    @SecurityRequirement(name = CallbackSecurity.SCHEME) // Notify's own bearer token, checked before the body is read
    ResponseEntity<Void> receipt(@Valid @RequestBody NotifyCallback callback) {
        DeliveryStatus status = STATUSES.get(callback.status().toLowerCase(Locale.ROOT));
        if (status == null) {
            throw InvalidFieldsException.of("status", "Status must be " + Words.or(new TreeSet<>(STATUSES.keySet())));
        }
        Message message = (callback.reference() == null ? java.util.Optional.<Message>empty() : messages.find(callback.reference()))
                .or(() -> messages.findByProviderReference(callback.id()))
                .orElseThrow(() -> new NotFoundException("notification", callback.id()));
        if (message.status() != status) {
            Instant now = clock.instant();
            Message settled = message.settled(status, completedAt(callback, now), now);
            messages.save(settled, DeliveryEvents.of(settled, now));
            log.info("Notify receipt for message {}: {}", message.id(), status);
        }
        return ResponseEntity.noContent().build();
    }

    private static Instant completedAt(NotifyCallback callback, Instant fallback) {
        try {
            return callback.completedAt() == null ? fallback : Instant.parse(callback.completedAt());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
