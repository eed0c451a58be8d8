package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.WebProperties;
import uk.nhs.cohortcoach.web.api.CalendarFeed;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.TimeInput;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /my-sessions}: first the sessions that need the coach's log (held, or past their start, and not
 * logged; oldest first, each saying when its log locks), then the upcoming ones, then those of the last 90 days
 * that were logged (latest first) and those cancelled or that did not happen; and their calendar feed. The page
 * asks the same four requests however many sessions there are. {@code POST /my-sessions/feed} makes the feed
 * and shows its address once (a page, not a redirect: the address is never stored where it could be shown
 * again); replacing an existing feed asks first ({@code GET /my-sessions/feed/new}), since the old address
 * stops working.
 */
@Controller
class MySessionsController {

    static final int PAST_DAYS = 90;

    private final CoachingApi coaching;
    private final SessionNames names;
    private final Clock clock;
    private final String publicUrl;

    MySessionsController(CoachingApi coaching, SessionNames names, Clock clock, WebProperties properties) {
        this.publicUrl = properties.publicUrl().toString().replaceAll("/+$", "");
        this.coaching = coaching;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/my-sessions")
    String mySessions(@AuthenticationPrincipal SignedInPerson person, Model model) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TimeInput.LONDON);
        // a fixed number of requests however many sessions there are: each listed session carries whether it is
        // logged and when its log locks (logEditableUntil), so nothing is asked per session
        List<Session> fromToday = coaching.sessionsOf(person.id(), today, null, "startsAt");
        List<Session> before = coaching.sessionsOf(person.id(), today.minusDays(PAST_DAYS), today.minusDays(1), "startsAt");
        Map<String, Collaborative> collaboratives = names.collaboratives();
        List<Session> past = new ArrayList<>(before);
        List<SessionRow> upcoming = new ArrayList<>();
        for (Session session : fromToday) {
            if (session.started(now)) {
                past.add(session); // still in start order: oldest first
            } else {
                upcoming.add(SessionRow.of(session, collaboratives, now, true));
            }
        }
        List<NeedsLog> needsLog = new ArrayList<>();
        List<SessionRow> logged = new ArrayList<>();
        List<SessionRow> otherPast = new ArrayList<>();
        for (Session session : past) {
            SessionRow row = SessionRow.of(session, collaboratives, now, true);
            if (session.scheduled() && !session.logged() && session.logEditableUntil() != null) {
                needsLog.add(new NeedsLog(row, LogLock.of(session.logEditableUntil(), now), row.logHref()));
            } else if (session.logged()) {
                logged.add(0, row); // latest first
            } else {
                otherPast.add(0, row);
            }
        }
        List<CalendarFeed> feeds = myFeeds(person);
        model.addAttribute("needsLog", needsLog);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("logged", logged);
        model.addAttribute("otherPast", otherPast);
        model.addAttribute("feedMade", feeds.isEmpty() ? null : Dates.dateTime(feeds.get(0).createdAt()));
        return "sessions/mysessions";
    }

    @GetMapping("/my-sessions/feed/new")
    String confirmNewFeed(Model model) {
        model.addAttribute("confirmation", new Confirmation("Are you sure you want to replace your calendar feed address?",
                List.of(), null, "/my-sessions/feed", "Replace the address", "/my-sessions#calendar-feed"));
        return "confirm";
    }

    @PostMapping("/my-sessions/feed")
    String makeFeed(@AuthenticationPrincipal SignedInPerson person, Model model, HttpServletResponse response) {
        for (CalendarFeed old : myFeeds(person)) {
            coaching.revokeFeed(old.id());
        }
        CalendarFeed feed = coaching.makeCoachFeed(person.id());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("address", publicUrl + feed.url());
        return "sessions/feed";
    }

    private List<CalendarFeed> myFeeds(SignedInPerson person) {
        return coaching.feeds().stream().filter(f -> "COACH".equals(f.kind()) && person.id().equals(f.subjectId())).toList();
    }

}
