package uk.nhs.cohortcoach.coachingservice.calendar;

import java.time.Clock;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionQueries;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code GET /api/sessions/{id}/calendar}: one session as an iCalendar file to add to a calendar ("Add to
 * calendar"), for whoever may read the session (a member: the sessions they are invited to; anyone else 404). The
 * event is the one the feeds carry (same UID, so adding it twice updates it): title, times in Europe/London, place;
 * nobody's name or email.
 */
@RestController
class SessionCalendarController {

    private final SessionQueries sessions;
    private final Clock clock;

    SessionCalendarController(SessionQueries sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/api/sessions/{id}/calendar")
    ResponseEntity<String> calendar(@PathVariable String id) {
        Session session = sessions.get(id, Viewer.current());
        String title = session.title() == null ? "Coaching session" : session.title();
        return ResponseEntity.ok().contentType(FeedController.TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("coaching-session.ics").build().toString())
                .body(SessionCalendar.write(title, List.of(session), clock.instant()));
    }
}
