package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.LogHistory;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.api.SessionLog;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.SummaryRow;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /sessions/{id}}: one session, its log and actions, and (for managers and its own coach) the log's
 * history. What is offered follows the API's rules: its coach logs it while the log is open; a manager reopens
 * a locked log ({@code POST /sessions/{id}/log/reopen}, with a reason); its coach or a manager marks a started,
 * unlogged session as did not happen ({@code /sessions/{id}/not-held}: a page asking why, with the warning that
 * it cannot be undone); a manager deletes one created by mistake ({@code /sessions/{id}/delete}, the confirmation
 * page). A session that was held and logged, cancelled or did not happen offers none of the changes.
 */
@Controller
class SessionController {

    private final CoachingApi coaching;
    private final SessionNames names;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    SessionController(CoachingApi coaching, SessionNames names, Messages messages, Flash flash, Clock clock) {
        this.coaching = coaching;
        this.names = names;
        this.messages = messages;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable String id, @AuthenticationPrincipal SignedInPerson person, Model model) {
        return page(model, person, coaching.session(id), "", FormErrors.fields().input("reopen-reason").errors());
    }

    @PostMapping("/sessions/{id}/log/reopen")
    String reopen(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson person, Model model, HttpServletResponse response) {
        Session session = coaching.session(id);
        FormErrors errors = FormErrors.fields().input("reopen-reason").errors();
        try {
            Instant until = coaching.reopenLog(session.id(), reason.trim());
            flash.success(response, messages.get("session.logReopened", Dates.dateTime(until)));
            return "redirect:/sessions/" + session.id();
        } catch (ApiProblemException refused) {
            refused.problem().errors().forEach(e -> errors.add("reason".equals(e.field()) ? "reopen-reason" : "", e.message()));
            if (refused.problem().errors().isEmpty()) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, person, session, reason, errors);
    }

    @GetMapping("/sessions/{id}/not-held")
    String askNotHeld(@PathVariable String id, Model model) {
        return notHeldPage(model, coaching.session(id), "", FormErrors.fields().input("reason").errors());
    }

    @PostMapping("/sessions/{id}/not-held")
    String notHeld(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletResponse response) {
        Session session = coaching.session(id);
        FormErrors errors = FormErrors.fields().input("reason").errors();
        try {
            coaching.markNotHeld(session.id(), reason.trim(), session.version());
            flash.success(response, messages.get("session.notHeld", session.title()));
            return "redirect:/sessions/" + session.id();
        } catch (ApiProblemException refused) {
            errors.addAll(refused.problem());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return notHeldPage(model, session, reason, errors);
    }

    @GetMapping("/sessions/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        model.addAttribute("confirmation", deletion(coaching.session(id), null));
        return "confirm";
    }

    @PostMapping("/sessions/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal SignedInPerson person, Model model,
            HttpServletResponse response) {
        Session session = coaching.session(id);
        try {
            coaching.delete(session.id(), session.version());
        } catch (ApiProblemException refused) { // it was logged, marked or had actions agreed since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", deletion(session, refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("session.deleted", session.title()));
        return "redirect:" + (person.is(Role.PROGRAMME_MANAGER) ? "/calendar" : "/my-sessions");
    }

    private static Confirmation deletion(Session session, String refusal) {
        return new Confirmation("Are you sure you want to delete the session " + session.title() + " on " + SessionWords.when(session) + "?",
                List.of(), refusal, "/sessions/" + session.id() + "/delete", "Delete session", "/sessions/" + session.id());
    }

    private String notHeldPage(Model model, Session session, String reason, FormErrors errors) {
        model.addAttribute("session", session);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "sessions/notheld";
    }

    private String page(Model model, SignedInPerson person, Session session, String reopenReason, FormErrors errors) {
        Instant now = clock.instant();
        boolean manager = person.is(Role.PROGRAMME_MANAGER);
        boolean ownCoach = person.is(Role.COACH) && person.id().equals(session.coachId());
        SessionLog log = null;
        if (session.logged()) {
            try {
                log = coaching.log(session.id());
            } catch (ApiNotFoundException | ApiForbiddenException notForThem) {
                log = null;
            }
        }
        LogHistory history = null;
        if (manager || ownCoach) {
            try {
                history = coaching.history(session.id());
            } catch (ApiNotFoundException | ApiForbiddenException notForThem) {
                history = null;
            }
        }
        Map<String, String> people = new LinkedHashMap<>(names.team(session.collaborativeId()));
        boolean changeable = (manager || ownCoach) && session.scheduled() && !session.logged();
        boolean locked = session.scheduled() && session.started(now) && !session.logOpen(now);

        model.addAttribute("session", session);
        model.addAttribute("details", details(session, people, now));
        model.addAttribute("status", SessionWords.status(session, now));
        model.addAttribute("back", manager ? "/calendar" : "/my-sessions");
        model.addAttribute("backText", manager ? "Back to the calendar" : "Back to my sessions");
        model.addAttribute("log", log == null ? null : logRows(log, people));
        model.addAttribute("actions", log == null ? List.of() : actionRows(log, people));
        model.addAttribute("logState", logState(session, log, ownCoach, locked, now));
        model.addAttribute("logHref", ownCoach && !session.logged() && session.logOpen(now) ? "/sessions/" + session.id() + "/log" : null);
        model.addAttribute("history", history == null ? null : historyRows(history, people));
        model.addAttribute("mayReopen", manager && locked);
        model.addAttribute("reopenReason", reopenReason);
        model.addAttribute("mayMarkNotHeld", changeable && session.started(now));
        model.addAttribute("mayMove", changeable);
        model.addAttribute("mayDelete", manager && (session.scheduled() || session.cancelled()) && !session.logged());
        model.addAttribute("errors", errors);
        return "sessions/session";
    }

    private List<SummaryRow> details(Session session, Map<String, String> people, Instant now) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("When (UK time)", SessionWords.when(session)));
        rows.add(SummaryRow.of("Collaborative", SessionNames.collaborativeName(names.collaboratives(), session.collaborativeId())));
        rows.add(SummaryRow.of("Coach", names.person(session.coachId(), people)));
        rows.add(SummaryRow.of("Type", SessionWords.type(session.type())));
        rows.add(SummaryRow.of("Where", session.location() == null || session.location().isBlank() ? "Not given" : session.location()));
        if (session.videoLink() != null) {
            rows.add(SummaryRow.of("Video call", session.videoLink()));
        }
        List<String> invited = session.inviteeIds().stream().map(p -> people.getOrDefault(p, SessionNames.UNKNOWN_PERSON)).toList();
        rows.add(SummaryRow.of("Invited", invited.isEmpty() ? "Nobody" : String.join(", ", invited)));
        if (session.cancelReason() != null) {
            rows.add(SummaryRow.of("Why it was cancelled", session.cancelReason()));
        }
        if (session.notHeldReason() != null) {
            rows.add(SummaryRow.of("Why it did not happen", session.notHeldReason()));
        }
        if (session.seriesId() != null) {
            rows.add(SummaryRow.of("Series", "Part of a repeating series"));
        }
        if (session.sequence() > 0) {
            rows.add(SummaryRow.of("Changes", "Changed " + session.sequence() + (session.sequence() == 1 ? " time" : " times") + " since it was scheduled"));
        }
        return rows;
    }

    private static List<SummaryRow> logRows(SessionLog log, Map<String, String> people) {
        List<String> attended = new ArrayList<>(log.attendeeIds().stream().map(p -> people.getOrDefault(p, SessionNames.UNKNOWN_PERSON)).toList());
        attended.addAll(log.guests());
        String equity = log.equityPause() != null && log.equityPause().held()
                ? "Held. It surfaced: " + (log.equityPause().surfaced() == null ? "" : log.equityPause().surfaced()) : "Not held";
        String logged = Dates.dateTime(log.loggedAt())
                + (log.updatedAt() != null && !log.updatedAt().equals(log.loggedAt()) ? ", last changed " + Dates.dateTime(log.updatedAt()) : "");
        return List.of(
                SummaryRow.of("Who attended", attended.isEmpty() ? "Nobody recorded" : String.join(", ", attended)),
                SummaryRow.of("Notes", log.notes() == null || log.notes().isBlank() ? "None" : log.notes()),
                SummaryRow.of("Themes discussed", log.themes().isEmpty() ? "None" : String.join(", ", log.themes().stream().map(SessionWords::theme).toList())),
                SummaryRow.of("Equity pause", equity),
                SummaryRow.of("Logged", logged),
                SummaryRow.of("Open to changes", log.locked() ? "No, the log is locked" : "Until " + Dates.dateTime(log.editableUntil())));
    }

    private static List<AgreedAction> actionRows(SessionLog log, Map<String, String> people) {
        return log.actions().stream().map(a -> new AgreedAction(a.description(),
                a.ownerName() != null ? a.ownerName() : people.getOrDefault(a.ownerId(), SessionNames.UNKNOWN_PERSON),
                Dates.date(a.dueDate()),
                "DONE".equals(a.status()) ? new SessionWords.Tag("Done " + Dates.date(a.completedOn()), "green")
                        : a.overdue() ? new SessionWords.Tag("Overdue", "red") : new SessionWords.Tag("Open", "blue"))).toList();
    }

    private List<LogChange> historyRows(LogHistory history, Map<String, String> people) {
        return history.entries().stream().map(e -> new LogChange(Dates.dateTime(e.at()),
                names.person(e.byPersonId(), people) + ("PROGRAMME_MANAGER".equals(e.byRole()) ? " (programme manager)" : " (coach)"),
                switch (e.kind()) {
                    case "WRITTEN" -> "Written";
                    case "CORRECTED" -> "Corrected";
                    case "REOPENED" -> "Reopened";
                    default -> e.kind();
                },
                "REOPENED".equals(e.kind()) ? "Reason: " + e.reason() + ". Open until " + Dates.dateTime(e.openUntil()) + "."
                        : "Changed: " + (e.fields().isEmpty() ? "nothing" : String.join(", ", e.fields())))).toList();
    }

    private static String logState(Session session, SessionLog log, boolean ownCoach, boolean locked, Instant now) {
        if (log != null) {
            return session.logOpen(now) ? "Its coach can correct it until " + Dates.dateTime(session.logEditableUntil()) + "." : "The log is locked.";
        }
        if (session.logged()) {
            return "The session has been logged.";
        }
        if (session.cancelled()) {
            return "The session was cancelled, so it has no log.";
        }
        if (session.notHeld()) {
            return "The session did not happen, so it has no log.";
        }
        if (locked) {
            return "Not logged, and the log is locked. A programme manager can reopen it for its coach.";
        }
        if (!session.started(now)) {
            return "The session has not started yet. Its coach logs it once it has.";
        }
        return ownCoach ? "This session has not been logged yet. You can log it until " + Dates.dateTime(session.logEditableUntil()) + "."
                : "Not logged yet. Only the session’s coach can log it.";
    }
}
