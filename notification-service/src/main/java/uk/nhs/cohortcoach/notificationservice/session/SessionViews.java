package uk.nhs.cohortcoach.notificationservice.session;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The store of {@link SessionView}s and {@link SeriesView}s. Each session's events come in order on its key, so one
 * session's view is written by one consumer at a time; a view is replaced only by a description with a higher
 * {@code sequence}, and a series' occurrences are only added where their own event has not been read yet.
 */
@Component
public class SessionViews {

    private final MongoTemplate mongo;

    SessionViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the description unless the stored one is as new or newer. */
    void keep(SessionView view) {
        SessionView stored = mongo.findById(view.id(), SessionView.class);
        if (view.supersedes(stored)) {
            mongo.save(view);
        }
    }

    /** Stores the description only when nothing is stored for the session yet (a series' occurrence). */
    void keepIfAbsent(SessionView view) {
        try {
            mongo.insert(view);
        } catch (DuplicateKeyException known) {
            // its own event (or a change) has been read already: that description stands
        }
    }

    void keep(SeriesView series) {
        mongo.save(series);
    }

    public Optional<SessionView> session(String id) {
        return Optional.ofNullable(mongo.findById(id, SessionView.class));
    }

    public Optional<SeriesView> series(String id) {
        return Optional.ofNullable(mongo.findById(id, SeriesView.class));
    }

    /** The stored views of these sessions, by start. */
    public List<SessionView> sessions(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), SessionView.class).stream()
                .sorted(Comparator.comparing(SessionView::startsAt).thenComparing(SessionView::id)).toList();
    }
}
