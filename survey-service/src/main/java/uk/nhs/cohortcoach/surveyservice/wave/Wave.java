package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A round of the maturity survey for one cohort, on one frozen framework version, and its life cycle:
 * {@code SCHEDULED} (WaveScheduled; opening time ahead: nobody invited) → {@code OPEN} (WaveOpened;
 * the service then invites the cohort) → {@code CLOSED} (WaveClosed); a scheduled wave may be
 * {@code CANCELLED} instead (WaveCancelled). Each move returns the new wave and its events and refuses (409, with a
 * stable {@code reason}) what the state forbids; the service loads, calls and saves with the outbox.
 *
 * @param label     e.g. {@code baseline}, {@code midpoint}, {@code end}
 * @param reminders the automatic reminders, in the order they fall due, each sent at most once
 */
@Document("waves")
public record Wave(
        @Id String id,
        String cohortId,
        String label,
        String frameworkId,
        int frameworkNumber,
        Instant opensAt,
        Instant closesAt,
        WaveStatus status,
        Instant closedAt,
        String closedBy,
        List<ScheduledReminder> reminders,
        @Version Long version) {

    public static final String REMINDER_MANUAL = "MANUAL";
    public static final String REMINDER_AUTOMATIC = "AUTOMATIC";

    /** The wave as it is to be stored after a move, and the events the move records with it (none for some). */
    public record Changed(Wave wave, List<DomainEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    public Wave {
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
    }

    /**
     * A new wave: {@code SCHEDULED} while its opening time is ahead, with WaveScheduled (so other services know the
     * wave depends on its cohort; nobody is invited before its opening time), otherwise {@code OPEN} at once with
     * WaveOpened. Reminders already due when it opens are
     * skipped, never sent in a burst.
     */
    public static Changed create(String id, WaveDetails details, List<Instant> reminderTimes, Instant now) {
        List<ScheduledReminder> reminders = reminderTimes.stream().sorted()
                .map(at -> new ScheduledReminder(at, ScheduledReminder.State.DUE)).toList();
        Wave scheduled = new Wave(id, details.cohortId(), details.label(), details.frameworkId(), details.frameworkNumber(),
                details.opensAt(), details.closesAt(), WaveStatus.SCHEDULED, null, null, reminders, null);
        return scheduled.opensBy(now) ? scheduled.open(now) : new Changed(scheduled, List.of(new WaveScheduled(UUID.randomUUID(),
                now, id, scheduled.cohortId, scheduled.label, scheduled.frameworkId, scheduled.frameworkNumber, scheduled.opensAt,
                scheduled.closesAt)));
    }

    /** Opens a scheduled wave whose opening time has come: WaveOpened, and the reminders already past are skipped. */
    public Changed open(Instant now) {
        if (status != WaveStatus.SCHEDULED) {
            throw refused("open");
        }
        if (now.isBefore(opensAt)) {
            throw new ConflictException("The wave opens at " + opensAt + "; it cannot open before then.", "wave-not-open");
        }
        List<ScheduledReminder> kept = reminders.stream()
                .map(r -> r.dueBy(now) ? r.with(ScheduledReminder.State.SKIPPED) : r).toList();
        Wave opened = with(WaveStatus.OPEN, null, null, kept);
        return new Changed(opened, List.of(new WaveOpened(UUID.randomUUID(), now, id, cohortId, label, frameworkId,
                frameworkNumber, opensAt, closesAt)));
    }

    /** Closes an open wave ({@code closedBy} {@code manager} or {@code schedule}): WaveClosed; reminders not yet sent never will be. */
    public Changed close(String by, Instant now) {
        if (status != WaveStatus.OPEN) {
            throw refused("close");
        }
        Wave closed = with(WaveStatus.CLOSED, now, by, reminders);
        return new Changed(closed, List.of(new WaveClosed(UUID.randomUUID(), now, id, cohortId, by)));
    }

    /**
     * Cancels a wave that has not opened (nobody was invited): WaveCancelled with the {@code reason}, either
     * {@link WaveCancelled#BY_MANAGER} (closed by {@code manager}) or {@link WaveCancelled#COHORT_GONE}, when the job
     * found its cohort deleted at its opening time (closed by {@code schedule}).
     */
    public Changed cancel(String reason, Instant now) {
        if (status != WaveStatus.SCHEDULED) {
            throw refused("cancel");
        }
        String by = WaveCancelled.BY_MANAGER.equals(reason) ? "manager" : "schedule";
        return new Changed(with(WaveStatus.CANCELLED, now, by, reminders),
                List.of(new WaveCancelled(UUID.randomUUID(), now, id, cohortId, reason)));
    }

    /** A programme manager's reminder to these invitations (those not answered and still in their team); no event for none. */
    public Changed remind(List<String> invitationIds, Instant now) {
        if (status != WaveStatus.OPEN) {
            throw refused("remind");
        }
        return new Changed(this, invitationIds.isEmpty() ? List.of()
                : List.of(new ReminderRequested(UUID.randomUUID(), now, id, invitationIds, REMINDER_MANUAL, closesAt)));
    }

    /** Whether an automatic reminder is due at {@code now} (the wave open and not yet past its closing time). */
    public boolean reminderDue(Instant now) {
        return status == WaveStatus.OPEN && now.isBefore(closesAt) && reminders.stream().anyMatch(r -> r.dueBy(now));
    }

    /**
     * Sends the automatic reminder due at {@code now}: the latest one due is marked sent (with ReminderRequested
     * when anyone is left to remind), any earlier one still due is skipped (after a pause of the job: one
     * reminder, not a burst).
     */
    public Changed remindDue(List<String> invitationIds, Instant now) {
        if (!reminderDue(now)) {
            throw refused("remind");
        }
        int latest = -1;
        for (int i = 0; i < reminders.size(); i++) {
            if (reminders.get(i).dueBy(now)) {
                latest = i;
            }
        }
        List<ScheduledReminder> after = new ArrayList<>();
        for (int i = 0; i < reminders.size(); i++) {
            ScheduledReminder r = reminders.get(i);
            after.add(i == latest ? r.with(ScheduledReminder.State.SENT) : r.dueBy(now) ? r.with(ScheduledReminder.State.SKIPPED) : r);
        }
        Wave reminded = with(status, closedAt, closedBy, after);
        return new Changed(reminded, invitationIds.isEmpty() ? List.of()
                : List.of(new ReminderRequested(UUID.randomUUID(), now, id, invitationIds, REMINDER_AUTOMATIC, closesAt)));
    }

    /** Whether the wave is scheduled and its opening time has come. */
    public boolean opensBy(Instant now) {
        return status == WaveStatus.SCHEDULED && !now.isBefore(opensAt);
    }

    /** Whether an invitee may answer at {@code now}: open, and between its opening and closing times. */
    public boolean takesAnswersAt(Instant now) {
        return status == WaveStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** The next automatic reminder still due, or null. */
    public Instant nextReminderAt() {
        return reminders.stream().filter(r -> r.state() == ScheduledReminder.State.DUE).map(ScheduledReminder::dueAt)
                .findFirst().orElse(null);
    }

    private Wave with(WaveStatus newStatus, Instant newClosedAt, String newClosedBy, List<ScheduledReminder> newReminders) {
        return new Wave(id, cohortId, label, frameworkId, frameworkNumber, opensAt, closesAt, newStatus, newClosedAt, newClosedBy,
                newReminders, version);
    }

    private ConflictException refused(String move) {
        return switch (status) {
            case SCHEDULED -> new ConflictException("The wave has not opened yet (it opens at " + opensAt + "), so it cannot "
                    + ("remind".equals(move) ? "send reminders: nobody has been invited yet"
                    : "close".equals(move) ? "be closed; cancel it instead" : move) + ".", "wave-not-open");
            case OPEN -> "cancel".equals(move)
                    ? new ConflictException("The wave is open and its invitations have gone out, so it cannot be cancelled; close it instead.",
                            "wave-open")
                    : new ConflictException("The wave is open already" + ("remind".equals(move)
                            ? " and no automatic reminder is due." : "."), "wave-open");
            case CLOSED -> new ConflictException("close".equals(move) ? "The wave is already closed."
                    : "remind".equals(move) ? "The wave is closed; nobody can answer it any more."
                    : "The wave is closed; it cannot " + move + ".", "wave-closed");
            case CANCELLED -> new ConflictException("The wave was cancelled before it opened.", "wave-cancelled");
        };
    }
}
