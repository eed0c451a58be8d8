package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;

/**
 * Every poll interval, claims due messages one at a time (atomically, so several replicas share the
 * work without sending anything twice) and delivers each. Reminders are simply messages due later,
 * so this is also the reminder scheduler.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Messages messages;
    private final Delivery delivery;
    private final DispatchProperties properties;

    Dispatcher(Messages messages, Delivery delivery, DispatchProperties properties) {
        this.messages = messages;
        this.delivery = delivery;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${cohort-coach.notifications.dispatch.poll-interval:PT0.5S}")
    void poll() {
        if (properties.enabled()) {
            runDue();
        }
    }

    /** One pass: up to a batch of due messages; returns how many it handled. */
    int runDue() {
        int handled = 0;
        while (handled < properties.batchSize()) {
            Optional<Message> claimed;
            try {
                claimed = messages.claimDue(properties.instance(), properties.lease());
            } catch (RuntimeException e) {
                log.warn("could not claim due messages: {}", e.toString());
                return handled;
            }
            if (claimed.isEmpty()) {
                return handled;
            }
            try {
                delivery.deliver(claimed.get());
            } catch (RuntimeException e) {
                // the claim expires and the message is taken again: nothing is lost
                log.error("delivering message {} failed; it will be tried again after its claim ends", claimed.get().id(), e);
            }
            handled++;
        }
        return handled;
    }
}
