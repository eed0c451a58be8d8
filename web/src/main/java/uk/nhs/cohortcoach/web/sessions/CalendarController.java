package uk.nhs.cohortcoach.web.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.DirectoryApi;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.TimeInput;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /calendar}: the coaching calendar. {@code view=week} (the default) is the week holding {@code week}
 * (a date, default today), Monday to Sunday in London, as a table with a row per day (it reflows at 360 px);
 * {@code view=list} lists sessions from today and from the last 90 days. {@code collaborativeId} and (for
 * managers) {@code coachId} narrow both; a coach sees their own sessions.
 */
@Controller
class CalendarController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final CoachingApi coaching;
    private final DirectoryApi directory;
    private final SessionNames names;
    private final Clock clock;

    CalendarController(CoachingApi coaching, DirectoryApi directory, SessionNames names, Clock clock) {
        this.coaching = coaching;
        this.directory = directory;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String calendar(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) String week, @RequestParam(defaultValue = "") String collaborativeId,
            @RequestParam(defaultValue = "") String coachId, Model model) {
        boolean manager = person.is(Role.PROGRAMME_MANAGER);
        String coach = manager ? coachId : person.id();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TimeInput.LONDON);
        LocalDate monday = parse(week, today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Collaborative> collaboratives = names.collaboratives();
        boolean list = "list".equals(view);

        List<DirectoryApi.Person> coaches = manager ? directory.coaches() : List.of();
        Map<String, String> coachNames = new LinkedHashMap<>();
        coaches.forEach(c -> coachNames.put(c.id(), c.name()));
        coachNames.putIfAbsent(person.id(), person.name());
        if (list) {
            List<Session> fromToday = coaching.sessions(today, null, collaborativeId, coach, "startsAt");
            List<Session> before = coaching.sessions(today.minusDays(90), today.minusDays(1), collaborativeId, coach, "startsAt,desc");
            model.addAttribute("upcoming", fromToday.stream().map(s -> SessionRow.of(s, collaboratives, now, false)
                    .withCoach(coachNames.getOrDefault(s.coachId(), SessionNames.UNKNOWN_PERSON))).toList());
            model.addAttribute("past", before.stream().map(s -> SessionRow.of(s, collaboratives, now, false)
                    .withCoach(coachNames.getOrDefault(s.coachId(), SessionNames.UNKNOWN_PERSON))).toList());
            model.addAttribute("days", List.of());
        } else {
            List<Session> inWeek = coaching.sessions(monday, monday.plusDays(6), collaborativeId, coach, "startsAt");
            Map<LocalDate, List<CalendarDay.Entry>> byDay = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                byDay.put(monday.plusDays(i), new ArrayList<>());
            }
            for (Session session : inWeek) {
                LocalDate day = LocalDate.ofInstant(session.startsAt(), TimeInput.LONDON);
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new CalendarDay.Entry("/sessions/" + session.id(),
                        Dates.time(session.startsAt()) + " to " + Dates.time(session.endsAt()), session.title(),
                        SessionNames.collaborativeName(collaboratives, session.collaborativeId()), session.cancelled()));
            }
            List<CalendarDay> days = new ArrayList<>();
            byDay.forEach((day, entries) -> days.add(new CalendarDay(day.format(DAY), day.equals(today), entries)));
            model.addAttribute("days", days);
            model.addAttribute("upcoming", List.of());
            model.addAttribute("past", List.of());
        }
        List<Choice> collaborativeChoices = new ArrayList<>();
        collaborativeChoices.add(Choice.of("", "All collaboratives"));
        collaboratives.values().forEach(c -> collaborativeChoices.add(Choice.of(c.id(), c.name())));
        List<Choice> coachChoices = new ArrayList<>();
        if (manager) {
            coachChoices.add(Choice.of("", "All coaches"));
            coaches.forEach(c -> coachChoices.add(Choice.of(c.id(), c.name())));
        }
        model.addAttribute("view", list ? "list" : "week");
        model.addAttribute("weekOf", "Week of " + Dates.date(monday));
        model.addAttribute("previousWeek", address("week", monday.minusWeeks(1), collaborativeId, coachId));
        model.addAttribute("nextWeek", address("week", monday.plusWeeks(1), collaborativeId, coachId));
        model.addAttribute("thisWeek", address("week", today, collaborativeId, coachId));
        model.addAttribute("weekView", address("week", monday, collaborativeId, coachId));
        model.addAttribute("listView", address("list", null, collaborativeId, coachId));
        model.addAttribute("week", monday.toString());
        model.addAttribute("collaborativeId", collaborativeId);
        model.addAttribute("coachId", coachId);
        model.addAttribute("collaborativeChoices", collaborativeChoices);
        model.addAttribute("coachChoices", coachChoices);
        model.addAttribute("filtered", !collaborativeId.isEmpty() || (manager && !coachId.isEmpty()));
        return "sessions/calendar";
    }

    private static LocalDate parse(String week, LocalDate today) {
        try {
            return week == null || week.isBlank() ? today : LocalDate.parse(week);
        } catch (DateTimeParseException notADate) {
            return today;
        }
    }

    private static String address(String view, LocalDate week, String collaborativeId, String coachId) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/calendar").queryParam("view", view);
        if (week != null) {
            uri.queryParam("week", week);
        }
        if (!collaborativeId.isEmpty()) {
            uri.queryParam("collaborativeId", collaborativeId);
        }
        if (!coachId.isEmpty()) {
            uri.queryParam("coachId", coachId);
        }
        return uri.encode().build().toUriString();
    }
}
