package uk.nhs.cohortcoach.notificationservice.trigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;

/**
 * Applies {@link Effects} to the message store. Both steps are idempotent: a message enqueued twice
 * is stored once, and a withdrawal keeps the sources the same event owes, so a redelivered event
 * leaves the store as the first delivery did.
 */
@Component
public class EffectsApplier {

    private static final Logger log = LoggerFactory.getLogger(EffectsApplier.class);

    private final Messages messages;

    EffectsApplier(Messages messages) {
        this.messages = messages;
    }

    public void apply(Effects effects) {
        int enqueued = 0;
        for (NewMessage message : effects.messages()) {
            if (messages.enqueue(message)) {
                enqueued++;
            }
        }
        int withdrawn = 0;
        for (Withdrawal w : effects.withdrawals()) {
            withdrawn += w.keepSources().isEmpty()
                    ? messages.withdraw(w.subjectId(), w.purposes(), w.reason())
                    : messages.withdrawExcept(w.subjectId(), w.purposes(), w.keepSources(), w.reason());
        }
        log.debug("enqueued {} of {} messages, withdrew {}", enqueued, effects.messages().size(), withdrawn);
    }
}
