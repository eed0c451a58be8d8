package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.util.Map;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * The coaching figures for a collaborative or a cohort.
 *
 * @param sessionsPlanned     sessions scheduled and not cancelled (delivered and not held ones included)
 * @param sessionsDelivered   planned sessions that have a log
 * @param sessionsCancelled   sessions called off
 * @param sessionsNotHeld     planned sessions marked as did not happen: not delivered, and no longer to come
 * @param hoursDelivered      total length of the delivered sessions, in hours (2 decimal places)
 * @param hoursPlanned        the planned coaching hours of the collaborative(s)
 * @param attendees           invitees who attended, over delivered sessions
 * @param invitees            invitees, over delivered sessions
 * @param attendanceRate      attendees / invitees (0 to 1, 3 decimal places); null when nobody was invited
 * @param themesCovered       for every maturity component, how many delivered sessions discussed it
 * @param equityPausesHeld    delivered sessions in which an equity pause was held
 * @param openActions         actions not yet done
 * @param overdueActions      open actions past their due date (Europe/London)
 */
public record CoachingSummary(int sessionsPlanned, int sessionsDelivered, int sessionsCancelled, int sessionsNotHeld,
        BigDecimal hoursDelivered,
        int hoursPlanned, int attendees, int invitees, BigDecimal attendanceRate, Map<MaturityComponent, Integer> themesCovered,
        int equityPausesHeld, int openActions, int overdueActions) {
}
