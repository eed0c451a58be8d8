package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.action.OutsideOwners;
import uk.nhs.cohortcoach.notificationservice.message.Attempt;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.notify.Email;
import uk.nhs.cohortcoach.notificationservice.notify.EmailChannel;
import uk.nhs.cohortcoach.notificationservice.notify.SendOutcome;
import uk.nhs.cohortcoach.notificationservice.openevent.Registrants;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyWaves;
import uk.nhs.cohortcoach.platform.events.DomainEvent;

/**
 * Sends one claimed message: withdraws a reminder (or new-resource email) its recipient turned off, waits for an address
 * (an open event's registrant's from their registration)
 * cohort-service has not sent yet and for a survey email's wave survey-service has not described yet, adds the name, survey link,
 * personal calendar link (session email) and privacy line, hands the email to the channel and
 * records the outcome in the delivery log (with NotificationDelivered / NotificationFailed through the outbox).
 */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final Messages messages;
    private final PersonDirectory people;
    private final Preferences preferences;
    private final EmailFields fields;
    private final EmailChannel channel;
    private final DispatchProperties properties;
    private final DeliveryMetrics metrics;
    private final SurveyWaves waves;
    private final Registrants registrants;
    private final Clock clock;

    Delivery(Messages messages, PersonDirectory people, Preferences preferences, EmailFields fields,
            EmailChannel channel, DispatchProperties properties, DeliveryMetrics metrics, SurveyWaves waves, Registrants registrants,
            Clock clock) {
        this.waves = waves;
        this.registrants = registrants;
        this.messages = messages;
        this.people = people;
        this.preferences = preferences;
        this.fields = fields;
        this.channel = channel;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    void deliver(Message message) {
        if (message.purpose().isReminder() && preferences.remindersOff(message.recipientId())) {
            record(message, message.ended(DeliveryStatus.WITHDRAWN, "the person has turned reminders off", false, clock.instant()));
            return;
        }
        if (message.purpose() == Purpose.NEW_RESOURCE && !preferences.wantsNewResources(message.recipientId())) {
            record(message, message.ended(DeliveryStatus.WITHDRAWN, "the person has turned new-resource email off", false,
                    clock.instant()));
            return;
        }
        Optional<Person> person = recipient(message);
        if (person.isEmpty() || person.get().email() == null || person.get().email().isBlank()) {
            unavailable(message, "no email address known for the person yet", false);
            return;
        }
        Optional<String> waveLabel = waves.labelFor(message);
        if (waveLabel.isEmpty()) {
            unavailable(message, SurveyWaves.WAITING, false);
            return;
        }
        SendOutcome outcome = channel.send(email(message, person.get(), waveLabel.get()));
        Instant now = clock.instant();
        if (outcome instanceof SendOutcome.Accepted accepted) {
            metrics.sent(message.purpose(), channel.name(),
                    message.eventOccurredAt() == null ? null : Duration.between(message.eventOccurredAt(), now));
            record(message, message.accepted(accepted.providerReference(), accepted.delivered(), now)
                    .withAttempt(new Attempt(now, channel.name(), accepted.delivered() ? Attempt.Outcome.DELIVERED : Attempt.Outcome.ACCEPTED,
                            null)));
        } else if (outcome instanceof SendOutcome.Rejected rejected) {
            metrics.failed(message.purpose(), DeliveryStatus.PERMANENT_FAILURE);
            String reason = "rejected by the provider (HTTP " + rejected.httpStatus() + "): " + rejected.reason();
            record(message, message.ended(DeliveryStatus.PERMANENT_FAILURE, reason, true, now)
                    .withAttempt(new Attempt(now, channel.name(), Attempt.Outcome.FAILED, reason)));
        } else if (outcome instanceof SendOutcome.Unavailable unavailable && unavailable.providerCalled()) {
            unavailable(message, unavailable.reason(), true);
        } else if (outcome instanceof SendOutcome.Unavailable notCalled) {
            notTried(message, notCalled.reason());
        }
    }

    /** An outsider and a registrant from what their message or registration holds; a person of the programme from the read model. */
    private Optional<Person> recipient(Message message) {
        if (OutsideOwners.isOutsider(message)) {
            return OutsideOwners.recipient(message);
        }
        return Registrants.isRegistrant(message) ? registrants.recipient(message) : people.find(message.recipientId());
    }

    /**
     * The channel did not call the provider (its circuit is open, or no rate-limit permit came in time): not an
     * attempt, so the count stays and a long outage cannot turn the message into a technical failure without the
     * provider ever being asked. It is due again after the back-off its count already earned (at least the first),
     * by when the circuit lets trial calls through.
     */
    private void notTried(Message message, String reason) {
        Instant now = clock.instant();
        record(message, message.later(reason, now.plus(properties.backoff(Math.max(message.attempts(), 1))), false, now)
                .withAttempt(new Attempt(now, null, Attempt.Outcome.TRY_AGAIN, reason)));
    }

    private void unavailable(Message message, String reason, boolean attempted) {
        Instant now = clock.instant();
        int failures = message.attempts() + 1;
        if (failures >= properties.maxAttempts()) {
            metrics.failed(message.purpose(), DeliveryStatus.TECHNICAL_FAILURE);
            String gaveUp = "gave up after " + failures + " attempts: " + reason;
            record(message, message.ended(DeliveryStatus.TECHNICAL_FAILURE, gaveUp, attempted, now)
                    .withAttempt(new Attempt(now, attempted ? channel.name() : null, Attempt.Outcome.FAILED, gaveUp)));
            return;
        }
        metrics.retried(message.purpose());
        // the attempt count also grows while waiting for an address, so such a message is given up in time too
        record(message, message.later(reason, now.plus(properties.backoff(failures)), true, now)
                .withAttempt(new Attempt(now, attempted ? channel.name() : null, Attempt.Outcome.TRY_AGAIN, reason)));
    }

    private Email email(Message message, Person person, String waveLabel) {
        return new Email(message.purpose().templateKey(), person.email(), fields.toSend(message, person, waveLabel), message.id());
    }

    /**
     * Saves the outcome. If the message changed meanwhile (withdrawn while in flight), an outcome the provider gave
     * (accepted or rejected) still stands, as the email went or was refused; an outcome in which nothing left this
     * service (try later, gave up, reminders off) yields to the change, so a withdrawn message is never made pending again.
     */
    private void record(Message claimed, Message result) {
        // an outsider's address is held only until the provider has answered (see OutsideOwners)
        Message next = OutsideOwners.isOutsider(result) && result.status() != DeliveryStatus.PENDING ? result.withoutContent() : result;
        try {
            messages.save(next, events(next));
        } catch (OptimisticLockingFailureException changed) {
            Message current = messages.find(claimed.id()).orElseThrow();
            if (!reachedTheProvider(next) && current.status() != DeliveryStatus.PENDING) {
                log.info("message {} changed while being sent ({}); nothing was sent, so the change stands", claimed.id(),
                        current.status());
                return;
            }
            log.info("message {} changed while being sent ({}); recording the send's outcome over it", claimed.id(),
                    current.status());
            // content removed meanwhile (the person was erased) stays removed
            Message outcome = current.personalisation().isEmpty() && current.invitationId() == null ? next.withoutContent() : next;
            messages.save(outcome.withVersion(current.version()), events(next));
        }
    }


    private static boolean reachedTheProvider(Message outcome) {
        return outcome.status() == DeliveryStatus.SENDING || outcome.status() == DeliveryStatus.DELIVERED
                || outcome.status() == DeliveryStatus.PERMANENT_FAILURE;
    }

    private DomainEvent[] events(Message next) {
        return DeliveryEvents.of(next, clock.instant());
    }
}
