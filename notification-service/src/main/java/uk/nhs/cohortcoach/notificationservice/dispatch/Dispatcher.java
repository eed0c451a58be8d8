package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import uk.nhs.cohortcoach.notificationservice.message.MessagesDue;
import org.springframework.beans.factory.DisposableBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;

/**
 * Claims due messages one at a time (atomically, so several replicas share the work without sending anything twice)
 * and delivers each, with {@code concurrency} workers. A pass runs <b>at once</b> when messages become due in this
 * instance ({@link MessagesDue}: a listener stored a notice, a wave released its invitations, a manager retried one),
 * and every poll interval for what became due by the clock: reminders, which are simply messages due later, and
 * retries after a back-off. Wake-ups are coalesced: however many arrive while a woken pass waits to start, one pass
 * runs; one that arrives while it runs queues exactly one more, so nothing stored meanwhile waits for the poll.
 */
@Component
class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Messages messages;
    private final Delivery delivery;
    private final DispatchProperties properties;
    private final ExecutorService workers;
    private final ExecutorService waker;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    Dispatcher(Messages messages, Delivery delivery, DispatchProperties properties) {
        this.messages = messages;
        this.delivery = delivery;
        this.properties = properties;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.concurrency(),
                task -> new Thread(task, "dispatch-" + number.incrementAndGet()));
        this.waker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dispatch-wake");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        waker.shutdownNow();
        workers.shutdown();
    }

    /** Messages became due now: run a pass at once (coalesced with other wake-ups), not at the next poll. */
    @EventListener
    void on(MessagesDue due) {
        if (properties.enabled() && wakeQueued.compareAndSet(false, true)) {
            try {
                waker.execute(() -> {
                    wakeQueued.set(false);
                    runDue();
                });
            } catch (RejectedExecutionException stopping) {
                wakeQueued.set(false);
            }
        }
    }

    @Scheduled(fixedDelayString = "${cohort-coach.notifications.dispatch.poll-interval:PT0.5S}")
    void poll() {
        if (properties.enabled()) {
            runDue();
        }
    }

    /** One pass: up to a batch of due messages, shared by the workers; returns how many were handled. */
    int runDue() {
        AtomicInteger budget = new AtomicInteger(properties.batchSize());
        List<Future<Integer>> running = new ArrayList<>();
        for (int i = 0; i < properties.concurrency(); i++) {
            running.add(workers.submit(() -> work(budget)));
        }
        int handled = 0;
        for (Future<Integer> worker : running) {
            try {
                handled += worker.get();
            } catch (ExecutionException e) {
                log.error("a dispatch worker failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return handled;
            }
        }
        return handled;
    }

    private int work(AtomicInteger budget) {
        int handled = 0;
        while (budget.getAndDecrement() > 0) {
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
                // the claim runs out and the message is taken again: nothing is lost
                log.error("delivering message {} failed; it will be tried again after its claim ends", claimed.get().id(), e);
            }
            handled++;
        }
        return handled;
    }
}
