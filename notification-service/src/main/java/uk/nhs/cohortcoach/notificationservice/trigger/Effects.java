package uk.nhs.cohortcoach.notificationservice.trigger;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;

/**
 * What an event asks of the message store: messages to owe and pending messages to withdraw.
 * {@link EffectsApplier} enqueues first and withdraws after, leaving each withdrawal's kept sources.
 */
public record Effects(List<NewMessage> messages, List<Withdrawal> withdrawals) {

    public static final Effects NONE = new Effects(List.of(), List.of());

    public Effects {
        messages = List.copyOf(messages);
        withdrawals = List.copyOf(withdrawals);
    }

    public static Effects enqueue(List<NewMessage> messages) {
        return new Effects(messages, List.of());
    }

    public static Effects withdraw(Withdrawal... withdrawals) {
        return new Effects(List.of(), List.of(withdrawals));
    }

    public Effects and(Effects other) {
        List<NewMessage> m = new ArrayList<>(messages);
        m.addAll(other.messages);
        List<Withdrawal> w = new ArrayList<>(withdrawals);
        w.addAll(other.withdrawals);
        return new Effects(m, w);
    }
}
