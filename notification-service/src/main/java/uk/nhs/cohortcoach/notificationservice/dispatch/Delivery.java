package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.action.OutsideOwners;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.notify.Email;
import uk.nhs.cohortcoach.notificationservice.notify.EmailChannel;
import uk.nhs.cohortcoach.notificationservice.notify.SendOutcome;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.notificationservice.session.CalendarLinks;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyWaves;
import uk.nhs.cohortcoach.notificationservice.privacy.PrivacyNotice;
import uk.nhs.cohortcoach.platform.events.DomainEvent;

/**
 * Sends one claimed message: withdraws a reminder its recipient turned off, waits for an address
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
    private final SurveyLinks links;
    private final PrivacyNotice privacy;
    private final EmailChannel channel;
    private final DispatchProperties properties;
    private final DeliveryMetrics metrics;
    private final SurveyWaves waves;
    private final CalendarLinks calendarLinks;
    private final Clock clock;

    Delivery(Messages messages, PersonDirectory people, Preferences preferences, SurveyLinks links, PrivacyNotice privacy,
            EmailChannel channel, DispatchProperties properties, DeliveryMetrics metrics, SurveyWaves waves,
            CalendarLinks calendarLinks, Clock clock) {
        this.waves = waves;
        this.calendarLinks = calendarLinks;
        this.privacy = privacy;
        this.messages = messages;
        this.people = people;
        this.preferences = preferences;
        this.links = links;
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
        Optional<Person> person = OutsideOwners.isOutsider(message) ? OutsideOwners.recipient(message) : people.find(message.recipientId());
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
            record(message, message.accepted(accepted.providerReference(), accepted.delivered(), now));
        } else if (outcome instanceof SendOutcome.Rejected rejected) {
            metrics.failed(message.purpose(), DeliveryStatus.PERMANENT_FAILURE);
            record(message, message.ended(DeliveryStatus.PERMANENT_FAILURE,
                    "rejected by the provider (HTTP " + rejected.httpStatus() + "): " + rejected.reason(), true, now));
        } else if (outcome instanceof SendOutcome.Unavailable unavailable) {
            unavailable(message, unavailable.reason(), true);
        }
    }

    private void unavailable(Message message, String reason, boolean attempted) {
        Instant now = clock.instant();
        int failures = message.attempts() + 1;
        if (failures >= properties.maxAttempts()) {
            metrics.failed(message.purpose(), DeliveryStatus.TECHNICAL_FAILURE);
            record(message, message.ended(DeliveryStatus.TECHNICAL_FAILURE,
                    "gave up after " + failures + " attempts: " + reason, attempted, now));
            return;
        }
        metrics.retried(message.purpose());
        // the attempt count also grows while waiting for an address, so such a message is given up in time too
        record(message, message.later(reason, now.plus(properties.backoff(failures)), true, now));
    }

    private Email email(Message message, Person person, String waveLabel) {
        Map<String, String> personalisation = new HashMap<>(message.personalisation());
        if (!waveLabel.isEmpty()) {
            personalisation.put("wave_label", waveLabel);
        }
        OutsideOwners.removeAddressFields(personalisation);
        personalisation.put("name", person.name() == null ? "" : person.name());
        if (message.invitationId() != null) {
            // the invitation's newest link: after "send me my link again" every survey email carries the fresh one
            personalisation.put("survey_link", links.linkFor(message.invitationId(), waves.linkGenerationOf(message.invitationId())));
        }
        calendarLinks.linkFor(message).ifPresent(link -> personalisation.put("calendar_link", link));
        personalisation.put("privacy_notice", privacy.emailLine());
        personalisation.put("privacy_url", privacy.noticeUrl().toString());
        return new Email(message.purpose().templateKey(), person.email(), personalisation, message.id());
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
