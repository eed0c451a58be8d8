package uk.nhs.cohortcoach.web.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.cohortcoach.web.api.Action;
import uk.nhs.cohortcoach.web.api.ActionApi;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.MemberApi;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.TimeInput;
import uk.nhs.cohortcoach.web.security.SignedInPerson;
import uk.nhs.cohortcoach.web.sessions.AgreedAction;
import uk.nhs.cohortcoach.web.sessions.SessionWords;

/**
 * {@code GET /our-sessions} "Our sessions": the sessions the member is invited to (coaching-service lists a participant
 * only those), upcoming ones soonest first with "Add to calendar", and those of the last year latest first with the
 * actions agreed in each. A fixed number of requests whatever the number of sessions: two for sessions, two for
 * actions (grouped here by session), the member's collaboratives and, per collaborative, its team and coaches for
 * the owners' names.
 */
@Controller
class OurSessionsController {

    static final int PAST_DAYS = 365;

    private final CoachingApi coaching;
    private final ActionApi actions;
    private final MemberApi member;
    private final CollaborativeApi collaboratives;
    private final Clock clock;

    OurSessionsController(CoachingApi coaching, ActionApi actions, MemberApi member, CollaborativeApi collaboratives,
            Clock clock) {
        this.coaching = coaching;
        this.actions = actions;
        this.member = member;
        this.collaboratives = collaboratives;
        this.clock = clock;
    }

    @GetMapping("/our-sessions")
    String ourSessions(@AuthenticationPrincipal SignedInPerson person, Model model) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TimeInput.LONDON);
        List<Session> fromToday = coaching.sessions(today, null, null, null, "startsAt");
        List<Session> before = coaching.sessions(today.minusDays(PAST_DAYS), today.minusDays(1), null, null, "startsAt,desc");

        List<Collaborative> ours = member.collaboratives();
        Map<String, String> collaborativeNames = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Collaborative collaborative : ours) {
            collaborativeNames.put(collaborative.id(), collaborative.name());
            collaboratives.team(collaborative.id()).participants().forEach(m -> names.put(m.personId(), m.name()));
            member.coaches(collaborative.id()).forEach(c -> names.putIfAbsent(c.personId(), c.name() + " (coach)"));
        }
        Map<String, List<Action>> agreed = new LinkedHashMap<>();
        Stream.concat(actions.list("OPEN", "dueDate").stream(), actions.list("DONE", "completedOn,desc").stream())
                .filter(action -> action.sessionId() != null)
                .forEach(action -> agreed.computeIfAbsent(action.sessionId(), id -> new ArrayList<>()).add(action));
        boolean several = ours.size() > 1;

        List<OurSession> upcoming = new ArrayList<>();
        List<OurSession> past = new ArrayList<>();
        for (Session session : fromToday) {
            if (session.endsAt() != null && session.endsAt().isAfter(now)) {
                upcoming.add(row(session, true, several, collaborativeNames, List.of()));
            }
        }
        List<Session> ended = new ArrayList<>(fromToday.stream().filter(s -> s.endsAt() == null || !s.endsAt().isAfter(now)).toList());
        ended.sort(Comparator.comparing(Session::startsAt).reversed());
        ended.addAll(before);
        for (Session session : ended) {
            List<AgreedAction> its = agreed.getOrDefault(session.id(), List.of()).stream()
                    .sorted(Comparator.comparing((Action a) -> !person.id().equals(a.ownerId())))
                    .map(a -> agreedAction(a, person, names)).toList();
            past.add(row(session, false, several, collaborativeNames, its));
        }
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        model.addAttribute("pastDays", PAST_DAYS);
        return "member/sessions";
    }

    private static OurSession row(Session session, boolean upcoming, boolean several, Map<String, String> collaborativeNames,
            List<AgreedAction> agreed) {
        SessionWords.Tag status = session.cancelled() ? new SessionWords.Tag("Cancelled", "red")
                : session.notHeld() ? new SessionWords.Tag("Did not happen", "orange") : null;
        boolean goesAhead = upcoming && status == null;
        return new OurSession(session.id(), session.title() == null || session.title().isBlank() ? "Coaching session" : session.title(),
                SessionWords.type(session.type()), SessionWords.when(session), blankToNull(session.location()),
                blankToNull(session.videoLink()), several ? collaborativeNames.get(session.collaborativeId()) : null, status,
                goesAhead ? "/api/sessions/" + session.id() + "/calendar" : null, !upcoming, agreed);
    }

    private static AgreedAction agreedAction(Action action, SignedInPerson person, Map<String, String> names) {
        String owner = person.id().equals(action.ownerId()) ? "You"
                : action.ownerName() != null && !action.ownerName().isBlank() ? action.ownerName()
                : names.getOrDefault(action.ownerId(), "Someone no longer in the team");
        SessionWords.Tag status = action.done() ? new SessionWords.Tag("Done", "green")
                : action.overdue() ? new SessionWords.Tag("Overdue", "red") : new SessionWords.Tag("Open", "blue");
        return new AgreedAction(action.description(), owner, Dates.date(action.dueDate()), status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
