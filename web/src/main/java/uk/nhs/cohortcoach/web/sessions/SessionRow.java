package uk.nhs.cohortcoach.web.sessions;

import java.time.Instant;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.Session;

/**
 * One session as a row of a list, in words. {@code logHref} is set when the viewer can log it now. Public:
 * the templates read it.
 */
public record SessionRow(String id, String title, String when, String collaborative, String type, SessionWords.Tag status,
        String logHref, String coach) {

    static SessionRow of(Session session, Map<String, Collaborative> collaboratives, Instant now, boolean mayLog) {
        String logHref = mayLog && !session.logged() && session.logOpen(now) ? "/sessions/" + session.id() + "/log" : null;
        return new SessionRow(session.id(), session.title(), SessionWords.when(session),
                SessionNames.collaborativeName(collaboratives, session.collaborativeId()), SessionWords.type(session.type()),
                SessionWords.status(session, now), logHref, null);
    }

    /** The same row naming its coach (the calendar's list, where sessions of several coaches show). */
    SessionRow withCoach(String coachName) {
        return new SessionRow(id, title, when, collaborative, type, status, logHref, coachName);
    }

    public String href() {
        return "/sessions/" + id;
    }
}
