package uk.nhs.cohortcoach.web.member;

import java.util.List;
import uk.nhs.cohortcoach.web.sessions.AgreedAction;
import uk.nhs.cohortcoach.web.sessions.SessionWords;

/**
 * One session as "Our sessions" shows it, in words. Public: its template reads it.
 *
 * @param status        a tag only when it did not go ahead (cancelled, did not happen); else null
 * @param calendarHref  "Add to calendar" (coaching-service's .ics of this one session, through the gateway) for an
 *                      upcoming session that goes ahead; else null
 * @param past          whether it has ended
 * @param actions       for a past session, the actions agreed in it (mine first)
 */
public record OurSession(String id, String title, String type, String when, String place, String videoLink,
        String collaborative, SessionWords.Tag status, String calendarHref, boolean past, List<AgreedAction> actions) {
}
