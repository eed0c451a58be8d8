package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * Thousands of seeded random sequences of registering (new and repeated addresses), cancelling and capacity changes,
 * checked after every move against an independent model: never more confirmed than the capacity, never a free place
 * while someone waits, promotion strictly in the order the waiting list was joined, each registration's events in an
 * allowed order (confirmed; or waitlisted, then maybe confirmed from the waiting list; then maybe cancelled), nobody
 * both confirmed and waitlisted, and positions 1..n. The seed of a failing sequence is in the message.
 */
class RegistrationSequencesTest {

    private static final int SEQUENCES = 2_000;

    @Test
    void randomSequencesKeepEveryPromiseOfTheWaitingList() {
        for (int s = 0; s < SEQUENCES; s++) {
            long seed = 0x5EEDL * 1_000 + s;
            try {
                run(new Random(seed));
            } catch (AssertionError e) {
                throw new AssertionError("sequence with seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void run(Random random) {
        int capacity = 1 + random.nextInt(6);
        OpenEvent event = OpenEvent.schedule("e", OpenEventLifeCycleTest.details(capacity), OpenEventLifeCycleTest.NOW).event();
        Deque<String> waiting = new ArrayDeque<>(); // the model's waiting list, in joining order
        List<String> confirmed = new ArrayList<>();
        Map<String, List<String>> history = new HashMap<>();
        Map<String, String> idByPerson = new HashMap<>();
        int next = 0;
        int moves = 20 + random.nextInt(60);
        for (int m = 0; m < moves; m++) {
            int kind = random.nextInt(10);
            List<DomainEvent> events;
            if (kind < 5) {
                int person = random.nextInt(12);
                String id = "r" + next++;
                String email = (random.nextBoolean() ? "PERSON" : "person") + person + "@example.org";
                OpenEvent.Changed changed = event.register(id, new Registrant("P" + person, email, "RJ1", "Nurse"), "c", "f",
                        OpenEventLifeCycleTest.NOW);
                boolean active = idByPerson.containsKey("p" + person);
                if (active) {
                    assertThat(changed.events()).as("a repeated address causes nothing").isEmpty();
                    assertThat(changed.event()).isSameAs(event);
                } else {
                    idByPerson.put("p" + person, id);
                    assertThat(changed.events()).hasSize(1);
                    if (confirmed.size() < event.details().capacity()) {
                        assertThat(changed.events().get(0)).isInstanceOf(RegistrationConfirmed.class);
                        confirmed.add(id);
                    } else {
                        waiting.addLast(id);
                        assertThat(changed.events().get(0)).isInstanceOfSatisfying(RegistrationWaitlisted.class,
                                e -> assertThat(e.position()).isEqualTo(waiting.size()));
                    }
                }
                events = changed.events();
                event = changed.event();
            } else if (kind < 8) {
                List<String> active = new ArrayList<>(idByPerson.values());
                if (active.isEmpty()) {
                    continue;
                }
                String id = active.get(random.nextInt(active.size()));
                OpenEvent.Changed changed = event.cancelRegistration(id, OpenEventLifeCycleTest.NOW);
                idByPerson.values().remove(id);
                boolean hadPlace = confirmed.remove(id);
                waiting.remove(id);
                assertThat(changed.events().get(0)).isInstanceOfSatisfying(RegistrationCancelled.class,
                        e -> assertThat(e.hadPlace()).isEqualTo(hadPlace));
                events = changed.events();
                event = changed.event();
                promoteInModel(changed.events().subList(1, changed.events().size()), waiting, confirmed, event.details().capacity());
            } else {
                int newCapacity = 1 + random.nextInt(8);
                EventDetails d = event.details();
                EventDetails changedDetails = new EventDetails(d.title(), d.summary(), d.description(), d.speakers(), d.startsAt(),
                        d.durationMinutes(), newCapacity, d.joiningLink());
                if (newCapacity < confirmed.size()) {
                    OpenEvent before = event;
                    assertThatThrownBy(() -> before.change(changedDetails, OpenEventLifeCycleTest.NOW)).isInstanceOf(ConflictException.class);
                    continue;
                }
                OpenEvent.Changed changed = event.change(changedDetails, OpenEventLifeCycleTest.NOW);
                List<DomainEvent> promotions = changed.events().stream().filter(e -> !(e instanceof OpenEventChanged)).toList();
                events = changed.events();
                event = changed.event();
                promoteInModel(promotions, waiting, confirmed, newCapacity);
            }
            record(events, history);
            check(event, waiting, confirmed, history);
        }
    }

    /** The promotions must be the heads of the model's waiting list, as many as there are free places. */
    private static void promoteInModel(List<DomainEvent> promotions, Deque<String> waiting, List<String> confirmed, int capacity) {
        int expected = Math.min(capacity - confirmed.size(), waiting.size());
        assertThat(promotions).as("promotions").hasSize(Math.max(0, expected));
        for (DomainEvent promotion : promotions) {
            assertThat(promotion).isInstanceOfSatisfying(RegistrationConfirmed.class, e -> {
                assertThat(e.fromWaitingList()).isTrue();
                assertThat(e.registrationId()).as("promoted in the order the waiting list was joined").isEqualTo(waiting.peekFirst());
            });
            confirmed.add(waiting.removeFirst());
        }
    }

    private static void record(List<DomainEvent> events, Map<String, List<String>> history) {
        for (DomainEvent e : events) {
            if (e instanceof RegistrationConfirmed c) {
                history.computeIfAbsent(c.registrationId(), k -> new ArrayList<>()).add(c.fromWaitingList() ? "PROMOTED" : "CONFIRMED");
            } else if (e instanceof RegistrationWaitlisted w) {
                history.computeIfAbsent(w.registrationId(), k -> new ArrayList<>()).add("WAITLISTED");
            } else if (e instanceof RegistrationCancelled c) {
                history.computeIfAbsent(c.registrationId(), k -> new ArrayList<>()).add("CANCELLED");
            }
        }
    }

    private static void check(OpenEvent event, Deque<String> waiting, List<String> confirmed, Map<String, List<String>> history) {
        assertThat(event.confirmed()).as("never more confirmed than the capacity").isLessThanOrEqualTo(event.details().capacity());
        if (!event.waitingList().isEmpty()) {
            assertThat(event.placesLeft()).as("no free place while someone waits").isZero();
        }
        assertThat(event.waitingList().stream().map(Registration::id).toList()).as("the waiting list, in order")
                .containsExactlyElementsOf(waiting);
        for (int i = 0; i < event.waitingList().size(); i++) {
            assertThat(event.positionOf(event.waitingList().get(i).id())).isEqualTo(i + 1);
        }
        assertThat(event.registrations().stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).map(Registration::id))
                .containsExactlyInAnyOrderElementsOf(confirmed);
        assertThat(confirmed).as("nobody both confirmed and waitlisted").noneMatch(waiting::contains);
        history.forEach((id, steps) -> {
            String path = String.join(">", steps);
            assertThat(path).as("events of " + id).matches("(CONFIRMED|WAITLISTED(>PROMOTED)?)(>CANCELLED)?");
            RegistrationStatus status = event.registration(id).orElseThrow().status();
            String last = steps.get(steps.size() - 1);
            assertThat(status).as("status of " + id + " after " + path).isEqualTo(switch (last) {
                case "CANCELLED" -> RegistrationStatus.CANCELLED;
                case "WAITLISTED" -> RegistrationStatus.WAITLISTED;
                default -> RegistrationStatus.CONFIRMED;
            });
        });
    }
}
