package uk.nhs.cohortcoach.platform.support.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/** What a projection hands to the inbox, and which of its handlers and reactions run, live and in a rebuild. */
class ProjectionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final EventInbox inbox = ContractInbox.create();
    private final List<String> seen = new ArrayList<>();

    private final Projection projection = Projection.named("test.read-model").topics("cohort.events.v1")
            .on(ParticipantLeft.class, e -> seen.add("view " + e.personId()))
            .react(ParticipantLeft.class, e -> seen.add("reaction " + e.personId()))
            .on(PersonErased.class, e -> seen.add("erased " + e.personId()))
            .build();

    @Test
    void aLiveEventRunsItsHandlerThenItsReactionThroughTheInboxUnderTheProjectionsName() {
        assertThat(projection.receive(inbox, record(new ParticipantLeft(UUID.randomUUID(), NOW, "p1", "k1", "c1", null)))).isTrue();

        assertThat(seen).containsExactly("view p1", "reaction p1");
        verify(inbox).receive(eq("test.read-model"), anyString(), any());
    }

    @Test
    void aReplayedEventRunsItsHandlerOnly() {
        assertThat(projection.replay(inbox, record(new ParticipantLeft(UUID.randomUUID(), NOW, "p1", "k1", "c1", null)))).isTrue();

        assertThat(seen).containsExactly("view p1");
    }

    @Test
    void anEventOfATypeItDoesNotDeclareNeverReachesTheInbox() {
        assertThat(projection.receive(inbox, record(new CohortCreated(UUID.randomUUID(), NOW, "c1", "Phase 2", 2, "d",
                java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 9, 30), "PLANNED")))).isFalse();

        assertThat(seen).isEmpty();
        verify(inbox, never()).receive(anyString(), anyString(), any());
    }

    @Test
    void aHandlerForASupertypeTakesEveryEventOfIt() {
        List<String> types = new ArrayList<>();
        Projection all = Projection.named("all").topics("cohort.events.v1")
                .on(CohortEvent.class, e -> types.add(e.getClass().getSimpleName())).build();

        assertThat(all.receive(inbox, record(new PersonErased(UUID.randomUUID(), NOW, "p1")))).isTrue();

        assertThat(types).containsExactly("PersonErased");
    }

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredUnlessLeftToAnotherListener() {
        assertThatThrownBy(() -> projection.receive(inbox, "not json")).isInstanceOf(UnreadableEventException.class);

        Projection second = Projection.named("second").topics("cohort.events.v1")
                .on(PersonErased.class, e -> seen.add("erased")).leavesUnreadableToOthers().build();
        assertThat(second.receive(inbox, "not json")).isFalse();
    }

    @Test
    void aDeclarationMustBeComplete() {
        assertThatThrownBy(() -> Projection.named("x").on(PersonErased.class, e -> { }).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Projection.named("x").topics("t").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Projection.named("x").topics("t").react(PersonErased.class, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Projection.named("x").topics("t").on(PersonErased.class, e -> { }).on(PersonErased.class, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void liveEventsOfSeveralPartitionsMayRunTogetherButARebuildWaitsForThemAndRunsAlone() throws Exception {
        java.util.concurrent.CountDownLatch bothInside = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Projection parallel = Projection.named("parallel").topics("cohort.events.v1").partitionsInParallel()
                .on(PersonErased.class, e -> {
                    bothInside.countDown();
                    awaitQuietly(release);
                }).build();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            for (String person : List.of("p1", "p2")) {
                threads.submit(() -> parallel.receive(inbox, record(new PersonErased(UUID.randomUUID(), NOW, person))));
            }
            assertThat(bothInside.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("two live events inside at once").isTrue();

            java.util.concurrent.atomic.AtomicReference<String> rebuilt = new java.util.concurrent.atomic.AtomicReference<>();
            Thread rebuild = new Thread(() -> rebuilt.set(parallel.exclusively(() -> "rebuilt")), "rebuild");
            rebuild.start();
            // parked on the lock (WAITING), or already through it (TERMINATED) if the lock let it pass
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> rebuild.getState() == Thread.State.WAITING || rebuild.getState() == Thread.State.TERMINATED);
            assertThat(rebuilt.get()).as("a rebuild while live events run").isNull();
            assertThat(rebuild.getState()).isEqualTo(Thread.State.WAITING);

            release.countDown();
            rebuild.join(10_000);
            assertThat(rebuilt.get()).isEqualTo("rebuilt");
            assertThat(parallel.partitionsInParallel()).isTrue();
            assertThat(projection.partitionsInParallel()).as("unless declared").isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String record(DomainEvent event) {
        return EventJson.write(EventJson.envelope(event, "test"));
    }
}
