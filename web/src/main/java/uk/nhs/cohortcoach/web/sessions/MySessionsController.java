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
 * {@code GET /my-sessions}: the coach's upcoming sessions and those of the last 90 days (each past one that
 * can be logged links to its log form), and their calendar feed. {@code POST /my-sessions/feed} makes the feed
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
        List<Session> fromToday = coaching.sessionsOf(person.id(), today, null, "startsAt");
        List<Session> before = coaching.sessionsOf(person.id(), today.minusDays(PAST_DAYS), today.minusDays(1), "startsAt,desc");
        Map<String, Collaborative> collaboratives = names.collaboratives();
        List<SessionRow> upcoming = new ArrayList<>();
        List<SessionRow> past = new ArrayList<>();
        for (Session session : fromToday) {
            if (session.started(now)) {
                past.add(0, SessionRow.of(session, collaboratives, now, true)); // latest first
            } else {
                upcoming.add(SessionRow.of(session, collaboratives, now, true));
            }
        }
        before.forEach(session -> past.add(SessionRow.of(session, collaboratives, now, true)));
        List<CalendarFeed> feeds = myFeeds(person);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
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
