package uk.nhs.cohortcoach.web.events;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.api.OpenEventApi;
import uk.nhs.cohortcoach.web.api.OpenEventManagementApi;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * What the open events reached, for programme managers: {@code /events/reach} over a period (a GET form of two dates,
 * London days; the last 12 months by default) and {@code /events/{id}/reach} for one event, each by organisation and by
 * sector (registrations, attendance), and {@code /events/{id}/feedback}: the feedback, or "Fewer than 5 people have
 * given feedback" while hub-service suppresses it.
 */
@Controller
class ReachController {

    private final OpenEventManagementApi events;
    private final OpenEventApi openEvents;
    private final Messages messages;
    private final Clock clock;

    ReachController(OpenEventManagementApi events, OpenEventApi openEvents, Messages messages, Clock clock) {
        this.events = events;
        this.openEvents = openEvents;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/events/reach")
    String reach(@ModelAttribute("period") ReachPeriod period, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.fields().date("from").date("to").errors();
        String fromProblem = period.from().problem(messages.get("event.reach.from"), messages);
        if (fromProblem != null) {
            errors.add("from", fromProblem);
        }
        String toProblem = period.to().problem(messages.get("event.reach.to"), messages);
        if (toProblem != null) {
            errors.add("to", toProblem);
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeInput.LONDON));
        ReachPeriod shown = period.from().blank() && period.to().blank()
                ? new ReachPeriod(DateInput.of(today.minusMonths(12)), DateInput.of(today)) : period;
        if (!errors.any()) {
            try {
                model.addAttribute("reach", events.reach(shown.from().date(), shown.to().date()));
            } catch (ApiProblemException refused) { // the end before the start, a date out of range
                errors.addAll(refused.problem());
            }
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reach", null);
        }
        model.addAttribute("period", shown);
        model.addAttribute("event", null);
        model.addAttribute("errors", errors);
        return "events/reach";
    }

    @GetMapping("/events/{id}/reach")
    String eventReach(@PathVariable String id, Model model) {
        OpenEvent event = openEvents.get(id); // the title and time: not the registrations
        model.addAttribute("reach", events.reach(id));
        model.addAttribute("period", new ReachPeriod(null, null));
        model.addAttribute("event", event);
        model.addAttribute("errors", FormErrors.none());
        return "events/reach";
    }

    @GetMapping("/events/{id}/feedback")
    String feedback(@PathVariable String id, Model model) {
        model.addAttribute("event", openEvents.get(id));
        model.addAttribute("feedback", events.feedback(id));
        return "events/results";
    }
}
