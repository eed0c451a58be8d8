package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventScheduled;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** Every move of an open event and its registrations, allowed and forbidden, with the events each records. */
class OpenEventLifeCycleTest {

    static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");
    static final Instant START = Instant.parse("2027-01-14T12:00:00Z");
    static final Instant AFTER_START = START.plus(Duration.ofMinutes(5));

    static EventDetails details(int capacity) {
        return new EventDetails("Peer learning", "Summary", "Description", List.of(new Speaker("Sam", "Director")), START, 90,
                capacity, "https://teams.example/join");
    }

    static OpenEvent scheduled(int capacity) {
        return OpenEvent.schedule("e1", details(capacity), NOW).event();
    }

    static Registrant person(int n) {
        return new Registrant("Person " + n, "Person" + n + "@Example.org", "RJ1", "Nurse");
    }

    static OpenEvent register(OpenEvent event, int n) {
        return event.register("r" + n, person(n), "c" + n, "f" + n, NOW).event();
    }

    @Test
    void schedulingAnnouncesTheEventWithItsTimesInLondonAndItsJoiningLink() {
        OpenEvent.Changed changed = OpenEvent.schedule("e1", details(10), NOW);

        assertThat(changed.event().status()).isEqualTo(OpenEventStatus.SCHEDULED);
        assertThat(changed.events()).singleElement().isInstanceOfSatisfying(OpenEventScheduled.class, e -> {
            assertThat(e.startsAt()).isEqualTo(START);
            assertThat(e.endsAt()).isEqualTo(START.plus(Duration.ofMinutes(90)));
            assertThat(e.timeZone()).isEqualTo("Europe/London");
            assertThat(e.capacity()).isEqualTo(10);
            assertThat(e.joiningLink()).isEqualTo("https://teams.example/join");
        });
    }

    @Test
    void registeringTakesAPlaceWhileThereAreAnyThenJoinsTheWaitingListInOrder() {
        OpenEvent event = scheduled(1);
        OpenEvent.Changed first = event.register("r1", person(1), "c1", "f1", NOW);
        OpenEvent.Changed second = first.event().register("r2", person(2), "c2", "f2", NOW);
        OpenEvent.Changed third = second.event().register("r3", person(3), "c3", "f3", NOW);

        assertThat(first.events()).singleElement().isInstanceOfSatisfying(RegistrationConfirmed.class,
                e -> assertThat(e.fromWaitingList()).isFalse());
        assertThat(second.events()).singleElement().isInstanceOfSatisfying(RegistrationWaitlisted.class,
                e -> assertThat(e.position()).isEqualTo(1));
        assertThat(third.events()).singleElement().isInstanceOfSatisfying(RegistrationWaitlisted.class,
                e -> assertThat(e.position()).isEqualTo(2));
        assertThat(third.event().placesLeft()).isZero();
        assertThat(third.event().registration("r1").orElseThrow().emailKey()).isEqualTo("person1@example.org");
    }

    @Test
    void theSameAddressInAnyCaseRegistersOnceAndCausesNoEventTheSecondTime() {
        OpenEvent event = register(scheduled(5), 1);
        OpenEvent.Changed again = event.register("r9", new Registrant("P", "  PERSON1@example.ORG ", "RJ1", "x"), "c9", "f9", NOW);

        assertThat(again.event()).isSameAs(event);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void anAddressWhoseRegistrationWasCancelledMayRegisterAgain() {
        OpenEvent event = register(scheduled(5), 1).cancelRegistration("r1", NOW).event();

        OpenEvent.Changed again = event.register("r2", person(1), "c2", "f2", NOW);

        assertThat(again.events()).singleElement().isInstanceOf(RegistrationConfirmed.class);
    }

    @Test
    void cancellingAPlacePromotesTheFirstOnTheWaitingListAfterTheCancellation() {
        OpenEvent event = register(register(register(scheduled(1), 1), 2), 3);

        OpenEvent.Changed cancelled = event.cancelRegistration("r1", NOW);

        assertThat(cancelled.events()).hasSize(2);
        assertThat(cancelled.events().get(0)).isInstanceOfSatisfying(RegistrationCancelled.class, e -> {
            assertThat(e.registrationId()).isEqualTo("r1");
            assertThat(e.hadPlace()).isTrue();
        });
        assertThat(cancelled.events().get(1)).isInstanceOfSatisfying(RegistrationConfirmed.class, e -> {
            assertThat(e.registrationId()).isEqualTo("r2");
            assertThat(e.fromWaitingList()).isTrue();
        });
        assertThat(cancelled.event().positionOf("r3")).isEqualTo(1);
    }

    @Test
    void cancellingAWaitingListPlacePromotesNobody() {
        OpenEvent event = register(register(scheduled(1), 1), 2);

        OpenEvent.Changed cancelled = event.cancelRegistration("r2", NOW);

        assertThat(cancelled.events()).singleElement().isInstanceOfSatisfying(RegistrationCancelled.class,
                e -> assertThat(e.hadPlace()).isFalse());
    }

    @Test
    void aRegistrationCannotBeCancelledTwiceNorAfterTheStartNorOnceTheEventIsCancelled() {
        OpenEvent event = register(scheduled(1), 1);
        OpenEvent cancelledOnce = event.cancelRegistration("r1", NOW).event();

        assertThatThrownBy(() -> cancelledOnce.cancelRegistration("r1", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already been cancelled");
        assertThatThrownBy(() -> event.cancelRegistration("r1", AFTER_START)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already started");
        OpenEvent called = event.cancel("Speaker ill", NOW).event();
        assertThatThrownBy(() -> called.cancelRegistration("r1", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("cancelled");
    }

    @Test
    void raisingTheCapacityAnnouncesTheChangeThenPromotesTheWaitingListInOrder() {
        OpenEvent event = register(register(register(register(scheduled(1), 1), 2), 3), 4);

        OpenEvent.Changed raised = event.change(details(3), NOW);

        assertThat(raised.events()).hasSize(3);
        assertThat(raised.events().get(0)).isInstanceOfSatisfying(OpenEventChanged.class, e -> {
            assertThat(e.capacity()).isEqualTo(3);
            assertThat(e.sequence()).isEqualTo(1);
        });
        assertThat(raised.events().subList(1, 3)).extracting(e -> ((RegistrationConfirmed) e).registrationId())
                .containsExactly("r2", "r3");
        assertThat(raised.event().positionOf("r4")).isEqualTo(1);
    }

    @Test
    void loweringTheCapacityBelowThePlacesTakenIsRefusedInWords() {
        OpenEvent event = register(register(scheduled(5), 1), 2);

        assertThatThrownBy(() -> event.change(details(1), NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("The capacity cannot be lower than the 2 places already confirmed. Choose a capacity of at least 2, "
                        + "or ask people to cancel first.");
        assertThat(event.change(details(2), NOW).event().details().capacity()).isEqualTo(2);
    }

    @Test
    void aChangeOfWordsOnlyAnnouncesNothing() {
        EventDetails d = details(5);
        EventDetails reworded = new EventDetails(d.title(), "New summary", "New description", List.of(), d.startsAt(),
                d.durationMinutes(), d.capacity(), d.joiningLink());

        OpenEvent.Changed changed = scheduled(5).change(reworded, NOW);

        assertThat(changed.events()).isEmpty();
        assertThat(changed.event().details().summary()).isEqualTo("New summary");
        assertThat(changed.event().sequence()).isZero();
    }

    @Test
    void registrationClosesAtTheStartAndWhenTheEventIsCancelled() {
        OpenEvent event = scheduled(5);

        assertThat(event.registrationOpen(START.minusSeconds(1))).isTrue();
        assertThat(event.registrationOpen(START)).isFalse();
        assertThatThrownBy(() -> event.register("r1", person(1), "c", "f", START)).isInstanceOf(ConflictException.class)
                .hasMessage("This event has already started, so registration is closed.");
        OpenEvent called = event.cancel("No speaker", NOW).event();
        assertThat(called.registrationOpen(NOW)).isFalse();
        assertThatThrownBy(() -> called.register("r1", person(1), "c", "f", NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("This event has been cancelled, so registration is closed.");
    }

    @Test
    void cancellingAnnouncesItOnceAndForbidsEveryLaterMove() {
        OpenEvent.Changed cancelled = register(scheduled(5), 1).cancel("Strike day", NOW);

        assertThat(cancelled.events()).singleElement().isInstanceOfSatisfying(OpenEventCancelled.class,
                e -> assertThat(e.reason()).isEqualTo("Strike day"));
        OpenEvent event = cancelled.event();
        assertThatThrownBy(() -> event.cancel("again", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> event.change(details(5), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> event.recordAttendance(List.of("r1"), AFTER_START)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> event.requireRecordable(AFTER_START)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEventThatHasStartedCanNeitherBeChangedNorCancelled() {
        OpenEvent event = scheduled(5);

        assertThatThrownBy(() -> event.change(details(6), AFTER_START)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> event.cancel("late", AFTER_START)).isInstanceOf(ConflictException.class);
    }

    @Test
    void attendanceIsRecordedOnlyAfterTheStartForPlaceHoldersAndReplacesTheEarlierList() {
        OpenEvent event = register(register(register(scheduled(2), 1), 2), 3);

        assertThatThrownBy(() -> event.recordAttendance(List.of("r1"), NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("once the event has started");
        assertThatThrownBy(() -> event.recordAttendance(List.of("r1", "r3"), AFTER_START)).isInstanceOfSatisfying(
                InvalidFieldsException.class, e -> assertThat(e.errors()).containsOnlyKeys("attendedRegistrationIds[1]"));
        assertThatThrownBy(() -> event.recordAttendance(List.of("nobody"), AFTER_START)).isInstanceOf(InvalidFieldsException.class);

        OpenEvent.Changed first = event.recordAttendance(List.of("r1", "r2", "r1"), AFTER_START);
        OpenEvent.Changed second = first.event().recordAttendance(List.of("r2"), AFTER_START);

        assertThat(first.events()).singleElement().isInstanceOfSatisfying(AttendanceRecorded.class,
                e -> assertThat(e.attendedRegistrationIds()).containsExactly("r1", "r2"));
        assertThat(second.event().registration("r1").orElseThrow().attended()).isFalse();
        assertThat(second.event().registration("r2").orElseThrow().attended()).isTrue();
    }

    @Test
    void theRecordingIsAnnouncedOnceAndOnlyAfterTheStart() {
        OpenEvent event = scheduled(5);

        assertThatThrownBy(() -> event.requireRecordable(NOW)).isInstanceOf(ConflictException.class);
        event.requireRecordable(AFTER_START);
        OpenEvent.Changed first = event.recordingPublished("res-1", "https://video.example/1", AFTER_START);
        OpenEvent.Changed again = first.event().recordingPublished("res-1", "https://video.example/2", AFTER_START);

        assertThat(first.events()).singleElement().isInstanceOfSatisfying(RecordingPublished.class,
                e -> assertThat(e.resourceId()).isEqualTo("res-1"));
        assertThat(again.events()).isEmpty();
        assertThat(again.event().recordingResourceId()).isEqualTo("res-1");
    }

    @Test
    void feedbackIsOnlyForAttendeesAndOnlyOnce() {
        OpenEvent event = register(register(scheduled(5), 1), 2).recordAttendance(List.of("r1"), AFTER_START).event();

        OpenEvent given = event.feedbackGiven("r1");

        assertThat(given.registration("r1").orElseThrow().feedbackGiven()).isTrue();
        assertThatThrownBy(() -> given.feedbackGiven("r1")).isInstanceOf(ConflictException.class)
                .hasMessage("Feedback has already been given with this link.");
        assertThatThrownBy(() -> event.feedbackGiven("r2")).isInstanceOf(ConflictException.class);
    }

    @Test
    void theWaitingListHasALimitSoTheEventStaysOneDocument() {
        OpenEvent event = scheduled(1);
        for (int i = 0; i <= OpenEvent.MAX_WAITING; i++) {
            event = register(event, i);
        }
        OpenEvent full = event;

        assertThat(full.waitingList()).hasSize(OpenEvent.MAX_WAITING);
        assertThatThrownBy(() -> register(full, 99_999)).isInstanceOf(ConflictException.class)
                .hasMessage("The event and its waiting list are full.");
    }

}
