package uk.nhs.cohortcoach.notificationservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.SimulatedClock;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.Withdrawal;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;

/** The open-event email rules without Spring: who is told what, when reminders fall due, what a change or cancellation withdraws. */
class OpenEventRulesTest {

    private static final Instant START = Instant.parse("2027-01-14T12:00:00Z");
    private static final Instant END = Instant.parse("2027-01-14T13:00:00Z");
    private static final Instant NOW = Instant.parse("2027-01-01T09:00:00Z");
    private static final OpenEventView EVENT = new OpenEventView("oe-1", "Peer learning: equitable elective recovery", START, END,
            "Europe/London", "https://teams.example.nhs.uk/meet/abc", 0, false, END.plus(Duration.ofDays(90)));

    private final OpenEventMessages rules = new OpenEventMessages();

    @Test
    void aConfirmedPlaceIsToldTheTitleAndTheTimeInUkWordsToTheRegistrantNotAPerson() {
        Effects effects = rules.confirmed(confirmed("reg-1", false), Optional.of(EVENT), NOW);

        NewMessage confirmation = only(effects, Purpose.REGISTRATION_CONFIRMED);
        assertThat(confirmation.recipientId()).isEqualTo("registrant:reg-1");
        assertThat(confirmation.subjectId()).isEqualTo("reg-1");
        assertThat(confirmation.dueAt()).isEqualTo(NOW);
        assertThat(confirmation.personalisation())
                .containsEntry("title", "Peer learning: equitable elective recovery")
                .containsEntry("when", "Thursday 14 January 2027, 12:00 to 13:00 (UK time)")
                .containsEntry("open_event_id", "oe-1")
                .containsEntry("from_waiting_list", "no")
                .containsEntry("opening", "Your place at this event is confirmed.");
        assertThat(confirmation.personalisation().toString()).as("no address, no link, no token is stored")
                .doesNotContain("@").doesNotContain("http");
    }

    @Test
    void aPlaceFromTheWaitingListSaysAPlaceHasBecomeFree() {
        NewMessage confirmation = only(rules.confirmed(confirmed("reg-1", true), Optional.of(EVENT), NOW), Purpose.REGISTRATION_CONFIRMED);

        assertThat(confirmation.personalisation()).containsEntry("from_waiting_list", "yes")
                .containsEntry("opening", "A place has become free at this event and it is now yours.");
    }

    @Test
    void aBritishSummerTimeEventIsWordedInLocalTime() {
        OpenEventView summer = new OpenEventView("oe-2", "Summer", Instant.parse("2027-07-01T11:00:00Z"),
                Instant.parse("2027-07-01T12:30:00Z"), "Europe/London", null, 0, false, null);

        NewMessage confirmation = only(rules.confirmed(confirmed("reg-1", false), Optional.of(summer), NOW), Purpose.REGISTRATION_CONFIRMED);

        assertThat(confirmation.personalisation()).containsEntry("when", "Thursday 1 July 2027, 12:00 to 13:30 (UK time)");
    }

    @Test
    void aPlaceIsRemindedADayAndAnHourBeforeTheStart() {
        List<NewMessage> reminders = of(rules.confirmed(confirmed("reg-1", false), Optional.of(EVENT), NOW), Purpose.OPEN_EVENT_REMINDER);

        assertThat(reminders).extracting(NewMessage::dueAt).containsExactlyInAnyOrder(START.minus(Duration.ofDays(1)),
                START.minus(Duration.ofHours(1)));
        assertThat(reminders).extracting(m -> m.personalisation().get("starts_in")).containsExactlyInAnyOrder("1 day", "1 hour");
        assertThat(reminders).allSatisfy(m -> {
            assertThat(m.recipientId()).isEqualTo("registrant:reg-1");
            assertThat(m.subjectId()).isEqualTo("reg-1");
        });
    }

    @Test
    void aPlaceConfirmedLateIsNeverOwedAReminderInThePastWhateverTheTime() {
        Random random = new Random(20);
        for (int i = 0; i < 500; i++) {
            Instant confirmedAt = START.minus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))).plus(Duration.ofMinutes(60));
            List<NewMessage> reminders = of(rules.confirmed(confirmed("reg-" + i, false), Optional.of(EVENT), confirmedAt),
                    Purpose.OPEN_EVENT_REMINDER);

            assertThat(reminders).as("confirmed at %s", confirmedAt).allSatisfy(m -> assertThat(m.dueAt()).isAfter(confirmedAt));
            assertThat(reminders.stream().anyMatch(m -> m.dueAt().equals(START.minus(Duration.ofHours(1)))))
                    .as("the hour's reminder, confirmed at %s", confirmedAt).isEqualTo(confirmedAt.isBefore(START.minus(Duration.ofHours(1))));
            assertThat(reminders.stream().anyMatch(m -> m.dueAt().equals(START.minus(Duration.ofDays(1)))))
                    .as("the day's reminder, confirmed at %s", confirmedAt).isEqualTo(confirmedAt.isBefore(START.minus(Duration.ofDays(1))));
        }
    }

    @Test
    void theWaitingListPlaceIsToldWithItsPositionAndNoReminder() {
        Effects effects = rules.waitlisted(new RegistrationWaitlisted(UUID.randomUUID(), NOW, "oe-1", "reg-2", "Tom Evans",
                "tom@example.nhs.uk", 3), Optional.of(EVENT), NOW);

        assertThat(effects.messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.REGISTRATION_WAITLISTED);
            assertThat(m.personalisation()).containsEntry("position", "3");
            assertThat(m.personalisation().get("opening")).contains("waiting list at position 3");
        });
    }

    @Test
    void aCancelledRegistrationIsToldAndItsPendingRemindersWithdrawn() {
        Effects effects = rules.cancelled(new RegistrationCancelled(UUID.randomUUID(), NOW, "oe-1", "reg-1", true), Optional.of(EVENT), NOW);

        assertThat(only(effects, Purpose.REGISTRATION_CANCELLED).personalisation()).containsEntry("opening", "Your registration is cancelled.")
                .containsEntry("had_place", "yes");
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> {
            assertThat(w.subjectId()).isEqualTo("reg-1");
            assertThat(w.purposes()).contains(Purpose.OPEN_EVENT_REMINDER);
            assertThat(w.keepSources()).isEmpty();
        });
    }

    @Test
    void aRegistrationEndedByTheEventsCancellationIsNotToldTwice() {
        OpenEventView cancelled = new OpenEventView("oe-1", "t", START, END, "Europe/London", null, 0, true, null);

        Effects effects = rules.cancelled(new RegistrationCancelled(UUID.randomUUID(), NOW, "oe-1", "reg-1", true), Optional.of(cancelled), NOW);

        assertThat(effects.messages()).isEmpty();
        assertThat(effects.withdrawals()).hasSize(1);
    }

    @Test
    void aMovedEventMovesTheRemindersOfPlacesAndTellsPlacesAndTheWaitingListButNotTheCancelled() {
        Instant later = START.plus(Duration.ofDays(7));
        OpenEventView moved = new OpenEventView("oe-1", EVENT.title(), later, later.plus(Duration.ofHours(1)), "Europe/London",
                EVENT.joiningLink(), 1, false, null);
        OpenEventChanged changed = changed(moved);

        Effects effects = rules.changed(changed, EVENT, moved, List.of(registration("reg-1", Registration.CONFIRMED),
                registration("reg-2", Registration.WAITLISTED), registration("reg-3", Registration.CANCELLED)), NOW);

        assertThat(of(effects, Purpose.OPEN_EVENT_REMINDER)).hasSize(2).allSatisfy(m -> {
            assertThat(m.recipientId()).isEqualTo("registrant:reg-1");
            assertThat(m.dueAt()).isIn(later.minus(Duration.ofDays(1)), later.minus(Duration.ofHours(1)));
        });
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> {
            assertThat(w.subjectId()).isEqualTo("reg-1");
            assertThat(w.keepSources()).as("the new reminders stay, however often the change is handled")
                    .containsExactlyInAnyOrderElementsOf(of(effects, Purpose.OPEN_EVENT_REMINDER).stream().map(NewMessage::source).toList());
        });
        assertThat(of(effects, Purpose.OPEN_EVENT_MOVED)).extracting(NewMessage::recipientId)
                .containsExactlyInAnyOrder("registrant:reg-1", "registrant:reg-2");
        assertThat(of(effects, Purpose.OPEN_EVENT_MOVED).get(0).personalisation())
                .containsEntry("when", "Thursday 21 January 2027, 12:00 to 13:00 (UK time)")
                .containsEntry("previous_when", "Thursday 14 January 2027, 12:00 to 13:00 (UK time)");
        // the old reminders had another source, so they are the ones withdrawn
        List<NewMessage> before = of(rules.confirmed(confirmed("reg-1", false), Optional.of(EVENT), NOW), Purpose.OPEN_EVENT_REMINDER);
        assertThat(before).extracting(NewMessage::source).doesNotContainAnyElementsOf(effects.withdrawals().get(0).keepSources());
    }

    @Test
    void aChangeThatKeepsTheTimeRenewsTheRemindersWithTheNewTitleButTellsNobodyItMoved() {
        OpenEventView renamed = new OpenEventView("oe-1", "A better title", START, END, "Europe/London", EVENT.joiningLink(), 1, false, null);

        Effects effects = rules.changed(changed(renamed), EVENT, renamed, List.of(registration("reg-1", Registration.CONFIRMED)), NOW);

        assertThat(of(effects, Purpose.OPEN_EVENT_MOVED)).isEmpty();
        assertThat(of(effects, Purpose.OPEN_EVENT_REMINDER)).hasSize(2)
                .allSatisfy(m -> assertThat(m.personalisation()).containsEntry("title", "A better title"));
    }

    @Test
    void aCancelledEventTellsPlacesAndTheWaitingListWithTheReasonAndWithdrawsEveryReminder() {
        OpenEventCancelled cancelled = new OpenEventCancelled(UUID.randomUUID(), NOW, "oe-1", EVENT.title(), START, "Europe/London",
                "Speaker unavailable");
        List<Registration> registrations = List.of(registration("reg-1", Registration.CONFIRMED),
                registration("reg-2", Registration.WAITLISTED), registration("reg-3", Registration.CANCELLED));

        Effects effects = rules.eventCancelled(cancelled, Optional.of(EVENT), registrations, NOW);

        assertThat(of(effects, Purpose.OPEN_EVENT_CANCELLED)).extracting(NewMessage::recipientId)
                .containsExactlyInAnyOrder("registrant:reg-1", "registrant:reg-2");
        assertThat(of(effects, Purpose.OPEN_EVENT_CANCELLED)).allSatisfy(m ->
                assertThat(m.personalisation()).containsEntry("reason", "Speaker unavailable"));
        assertThat(effects.withdrawals()).extracting(Withdrawal::subjectId).containsExactlyInAnyOrder("reg-1", "reg-2", "reg-3");
    }

    @Test
    void aLaterAttendanceRecordOwesTheFeedbackLinkOnlyToTheNewAttendees() {
        Effects first = rules.attended(new AttendanceRecorded(UUID.randomUUID(), NOW, "oe-1", List.of("reg-1", "reg-3", "reg-1")),
                Optional.of(EVENT), NOW);
        Effects second = rules.attended(new AttendanceRecorded(UUID.randomUUID(), NOW, "oe-1", List.of("reg-1", "reg-3", "reg-4")),
                Optional.of(EVENT), NOW);

        assertThat(first.messages()).hasSize(2);
        Set<String> told = Set.copyOf(first.messages().stream().map(NewMessage::id).toList());
        assertThat(second.messages()).filteredOn(m -> !told.contains(m.id())).singleElement()
                .satisfies(m -> assertThat(m.recipientId()).isEqualTo("registrant:reg-4"));
        assertThat(second.messages()).allSatisfy(m -> assertThat(m.purpose()).isEqualTo(Purpose.OPEN_EVENT_FEEDBACK));
    }

    @Test
    void theRecordingGoesToEveryoneWhoDidNotCancelOncePerResource() {
        List<Registration> registrations = List.of(registration("reg-1", Registration.CONFIRMED),
                registration("reg-2", Registration.WAITLISTED), registration("reg-3", Registration.CANCELLED));
        Effects first = rules.recording(recording(), Optional.of(EVENT), registrations, NOW);
        Effects again = rules.recording(recording(), Optional.of(EVENT), registrations, NOW);

        assertThat(first.messages()).extracting(NewMessage::recipientId).containsExactlyInAnyOrder("registrant:reg-1", "registrant:reg-2");
        assertThat(first.messages()).allSatisfy(m -> assertThat(m.personalisation()).containsEntry("resource_id", "resource-7"));
        assertThat(again.messages()).extracting(NewMessage::id).as("published again: the same messages, stored once")
                .containsExactlyInAnyOrderElementsOf(first.messages().stream().map(NewMessage::id).toList());
    }

    @Test
    void onASimulatedClockAMoveLateOnOwesOnlyTheRemindersStillAheadAndAMoveBackOwesThemAgain() {
        SimulatedClock clock = new SimulatedClock(START.minus(Duration.ofDays(3)));
        List<NewMessage> first = of(rules.confirmed(confirmed("reg-1", false), Optional.of(EVENT), clock.instant()), Purpose.OPEN_EVENT_REMINDER);
        assertThat(first).hasSize(2);

        // 30 minutes before the start it is moved 45 minutes later: only the hour's reminder is still ahead
        clock.advance(Duration.ofDays(3).minus(Duration.ofMinutes(30)));
        OpenEventView later = new OpenEventView("oe-1", EVENT.title(), START.plus(Duration.ofMinutes(45)), END.plus(Duration.ofMinutes(45)),
                "Europe/London", EVENT.joiningLink(), 1, false, null);
        Effects moved = rules.changed(changed(later), EVENT, later, List.of(registration("reg-1", Registration.CONFIRMED)), clock.instant());
        assertThat(of(moved, Purpose.OPEN_EVENT_REMINDER)).singleElement().satisfies(m -> {
            assertThat(m.dueAt()).isEqualTo(later.startsAt().minus(Duration.ofHours(1)));
            assertThat(m.dueAt()).isAfter(clock.instant());
        });
        assertThat(moved.withdrawals().get(0).keepSources()).doesNotContainAnyElementsOf(first.stream().map(NewMessage::source).toList());

        // moved back to where it was (a new sequence): owed again, under a new source, so not mistaken for the withdrawn one
        clock.advance(Duration.ofMinutes(1));
        OpenEventView back = new OpenEventView("oe-1", EVENT.title(), START, END, "Europe/London", EVENT.joiningLink(), 2, false, null);
        Effects movedBack = rules.changed(changed(back), later, back, List.of(registration("reg-1", Registration.CONFIRMED)), clock.instant());
        assertThat(of(movedBack, Purpose.OPEN_EVENT_REMINDER)).as("the hour's reminder of the start is past now").isEmpty();
        assertThat(of(movedBack, Purpose.OPEN_EVENT_MOVED)).singleElement();
    }

    private static RecordingPublished recording() {
        return new RecordingPublished(UUID.randomUUID(), NOW, "oe-1", "resource-7", "Recording", "https://video.example/abc");
    }

    private static OpenEventChanged changed(OpenEventView to) {
        return new OpenEventChanged(UUID.randomUUID(), NOW, to.id(), to.title(), to.startsAt(), to.endsAt(), to.timeZone(), 100,
                to.joiningLink(), to.sequence());
    }

    private static Registration registration(String id, String status) {
        return new Registration(id, "oe-1", "Name " + id, id + "@example.nhs.uk", status, 0, false, null);
    }

    private static RegistrationConfirmed confirmed(String registrationId, boolean fromWaitingList) {
        return new RegistrationConfirmed(UUID.randomUUID(), NOW, "oe-1", registrationId, "Priya Shah", "priya@example.nhs.uk",
                fromWaitingList);
    }

    private static NewMessage only(Effects effects, Purpose purpose) {
        List<NewMessage> messages = of(effects, purpose);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<NewMessage> of(Effects effects, Purpose purpose) {
        return effects.messages().stream().filter(m -> m.purpose() == purpose).toList();
    }
}
