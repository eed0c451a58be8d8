package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogRules;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** Works out a {@link CoachingSummary} from sessions, actions and planned hours; no storage, no Spring. */
public final class SummaryArithmetic {

    private SummaryArithmetic() {
    }

    /**
     * @param today the date in Europe/London against which actions are overdue
     */
    public static CoachingSummary summarise(Collection<Session> sessions, Collection<Action> actions, int hoursPlanned,
            LocalDate today) {
        int planned = 0;
        int delivered = 0;
        int cancelled = 0;
        int notHeld = 0;
        Duration deliveredTime = Duration.ZERO;
        int attendees = 0;
        int invitees = 0;
        int pauses = 0;
        Map<MaturityComponent, Integer> themes = new EnumMap<>(MaturityComponent.class);
        for (MaturityComponent component : MaturityComponent.values()) {
            themes.put(component, 0);
        }
        for (Session session : sessions) {
            if (session.deleted()) {
                continue;
            }
            if (session.cancelled()) {
                cancelled++;
                continue;
            }
            planned++;
            if (session.notHeld()) {
                notHeld++;
                continue;
            }
            if (!session.delivered()) {
                continue;
            }
            delivered++;
            SessionLog log = session.log();
            if (session.startsAt() != null && session.endsAt() != null && session.endsAt().isAfter(session.startsAt())) {
                deliveredTime = deliveredTime.plus(Duration.between(session.startsAt(), session.endsAt()));
            }
            attendees += log.attendeeIds().size();
            invitees += session.inviteeIds().size();
            log.themes().forEach(theme -> themes.merge(theme, 1, Integer::sum));
            if (log.equityPause() != null && log.equityPause().held()) {
                pauses++;
            }
        }
        int open = 0;
        int overdue = 0;
        for (Action action : actions) {
            if (action.status() == ActionStatus.OPEN) {
                open++;
            }
            if (action.overdue(today)) {
                overdue++;
            }
        }
        BigDecimal hours = BigDecimal.valueOf(deliveredTime.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal rate = invitees == 0 ? null
                : BigDecimal.valueOf(attendees).divide(BigDecimal.valueOf(invitees), 3, RoundingMode.HALF_UP);
        return new CoachingSummary(planned, delivered, cancelled, notHeld, hours, hoursPlanned, attendees, invitees, rate, themes, pauses,
                open, overdue);
    }

    /**
     * The sessions whose log is overdue at {@code now}: started, neither cancelled, deleted nor marked as did not happen,
     * not logged, and locked by the log rules ({@link LogRules#locked}: 14 days after the start, or the end of a
     * reopening). Oldest first.
     */
    public static List<OverdueLog> overdueLogs(Collection<Session> sessions, Instant now) {
        return sessions.stream()
                .filter(s -> !s.deleted() && !s.cancelled() && !s.notHeld() && s.log() == null && s.startsAt() != null
                        && LogRules.started(s, now) && LogRules.locked(s, now))
                .sorted(Comparator.comparing(Session::startsAt).thenComparing(Session::id))
                .map(s -> new OverdueLog(s.id(), s.title(), s.startsAt(), LogRules.editableUntil(s)))
                .toList();
    }

    /** Whether each delivered session held an equity pause, the latest session first. */
    public static List<Boolean> recentPauses(Collection<Session> sessions) {
        return sessions.stream().filter(Session::delivered).filter(s -> s.startsAt() != null)
                .sorted(Comparator.comparing(Session::startsAt).reversed())
                .map(s -> s.log().equityPause() != null && s.log().equityPause().held())
                .toList();
    }
}
