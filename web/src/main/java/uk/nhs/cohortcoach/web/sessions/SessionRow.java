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
        String logHref) {

    static SessionRow of(Session session, Map<String, Collaborative> collaboratives, Instant now, boolean mayLog) {
        String logHref = mayLog && !session.logged() && session.logOpen(now) ? "/sessions/" + session.id() + "/log" : null;
        return new SessionRow(session.id(), session.title(), SessionWords.when(session),
                SessionNames.collaborativeName(collaboratives, session.collaborativeId()), SessionWords.type(session.type()),
                SessionWords.status(session, now), logHref);
    }

    public String href() {
        return "/sessions/" + id;
    }
}
