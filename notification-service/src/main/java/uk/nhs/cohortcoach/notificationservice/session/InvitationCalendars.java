package uk.nhs.cohortcoach.notificationservice.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;

/**
 * Answers a personal calendar link: checks its signature, finds the series or session it names as it is now and
 * writes it for that recipient ({@link InvitationCalendar}). Anything not signed here, or naming what is not known,
 * is simply not there.
 */
@Component
public class InvitationCalendars {

    private final CalendarLinks links;
    private final SessionViews views;
    private final PersonDirectory people;
    private final Clock clock;

    InvitationCalendars(CalendarLinks links, SessionViews views, PersonDirectory people, Clock clock) {
        this.links = links;
        this.views = views;
        this.people = people;
        this.clock = clock;
    }

    /** The .ics text for the token, or empty when the token is not valid or names nothing known. */
    public Optional<String> render(String token) {
        return links.verify(token).flatMap(subject -> {
            Optional<SeriesView> series = views.series(subject.subjectId());
            List<SessionView> sessions;
            String name;
            String coachId;
            if (series.isPresent()) {
                sessions = views.sessions(series.get().sessionIds());
                name = InvitationCalendar.title(series.get().title());
                coachId = series.get().coachId();
            } else {
                Optional<SessionView> session = views.session(subject.subjectId());
                if (session.isEmpty()) {
                    return Optional.empty();
                }
                sessions = List.of(session.get());
                name = InvitationCalendar.title(session.get().title());
                coachId = session.get().coachId();
            }
            if (sessions.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(InvitationCalendar.write(name, sessions, email(coachId), email(subject.recipientId()),
                    clock.instant()));
        });
    }

    private String email(String personId) {
        return personId == null ? null : people.find(personId).map(Person::email).orElse(null);
    }
}
