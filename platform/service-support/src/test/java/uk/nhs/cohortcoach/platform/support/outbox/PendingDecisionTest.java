package uk.nhs.cohortcoach.platform.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingDecisionTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(5);

    private final PendingWrite pointer = new PendingWrite(new org.bson.types.ObjectId(), "waves", "w1", List.of("b", "c"), WRITTEN);

    @Test
    void publishesTheDocumentsPendingEventsUpToTheLastOfThePointersSoAnAggregateKeepsItsOrder() {
        PendingDecision decision = PendingDecision.decide(pointer, List.of("a", "b", "c", "d"), id -> false, WRITTEN, GRACE);

        assertThat(decision.action()).isEqualTo(PendingDecision.Action.PUBLISH);
        assertThat(decision.publishThrough()).as("a (an earlier write), b and c; not d (a later write)").isEqualTo(3);
    }

    @Test
    void publishesWhenOnlySomeOfThePointersEventsAreStillPending() {
        PendingDecision decision = PendingDecision.decide(pointer, List.of("c"), id -> false, WRITTEN.plus(Duration.ofHours(1)), GRACE);

        assertThat(decision).isEqualTo(new PendingDecision(PendingDecision.Action.PUBLISH, 1));
    }

    @Test
    void keepsAYoungPointerWhoseEventsAreInNoDocumentYet() {
        assertThat(PendingDecision.decide(pointer, List.of(), id -> false, WRITTEN.plus(GRACE), GRACE).action())
                .isEqualTo(PendingDecision.Action.KEEP);
        assertThat(PendingDecision.decide(pointer, List.of("x"), id -> false, WRITTEN.plusSeconds(1), GRACE).action())
                .isEqualTo(PendingDecision.Action.KEEP);
    }

    @Test
    void removesAPointerOlderThanTheGraceWhoseEventsAreInNoDocument() {
        assertThat(PendingDecision.decide(pointer, List.of(), id -> false, WRITTEN.plus(GRACE).plusMillis(1), GRACE).action())
                .isEqualTo(PendingDecision.Action.REMOVE);
    }

    @Test
    void removesAYoungPointerAtOnceWhenThisRelayPublishedAllItsEvents() {
        assertThat(PendingDecision.decide(pointer, List.of(), Set.of("b", "c")::contains, WRITTEN, GRACE).action())
                .isEqualTo(PendingDecision.Action.REMOVE);
        assertThat(PendingDecision.decide(pointer, List.of(), Set.of("b")::contains, WRITTEN, GRACE).action())
                .as("one of its events not known published").isEqualTo(PendingDecision.Action.KEEP);
    }
}
