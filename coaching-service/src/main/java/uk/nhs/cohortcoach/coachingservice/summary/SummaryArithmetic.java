package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
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
}
