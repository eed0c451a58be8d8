package uk.nhs.cohortcoach.web.events;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.EventLinks;
import uk.nhs.cohortcoach.web.api.OpenEventApi;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Layouts;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The links in a registrant's emails, no sign-in (the link's token is the credential, checked by hub-service).
 * {@code /events/registrations/{token}}: the registration (event, time, status) and "Cancel my registration" (a POST
 * form), then {@code /events/registrations/cancelled}. {@code /events/feedback/{token}}: a rating from 1 to 5 in
 * words and an optional comment, then {@code /events/feedback/thank-you}; a link already used says "You have already
 * given feedback" (409). An unknown or used link is "This link has expired or been used" (404), never an error page.
 * These pages are never sent on as a referrer (the address holds the token).
 */
@Controller
class EventLinksController {

    /** What a link's token looks like; anything else is not asked about. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,200}");

    /** The longest comment hub-service keeps. */
    static final int COMMENT_LENGTH = 1000;

    private final OpenEventApi events;
    private final Layouts layouts;
    private final Clock clock;
    private final Messages messages;

    EventLinksController(OpenEventApi events, Layouts layouts, Clock clock, Messages messages) {
        this.events = events;
        this.layouts = layouts;
        this.clock = clock;
        this.messages = messages;
    }

    @ModelAttribute
    void noReferrer(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping("/events/registrations/{token}")
    String registration(@PathVariable String token, Model model) {
        EventLinks.Registration registration = events.registration(checked(token));
        model.addAttribute("token", token);
        model.addAttribute("registration", registration);
        model.addAttribute("started", registration.startsAt() != null && !registration.startsAt().isAfter(clock.instant()));
        return "events/registration";
    }

    @PostMapping("/events/registrations/{token}/cancel")
    String cancel(@PathVariable String token) {
        events.cancelRegistration(checked(token));
        return "redirect:/events/registrations/cancelled";
    }

    @GetMapping("/events/registrations/cancelled")
    String cancelled() {
        return "events/cancelled";
    }

    @GetMapping("/events/feedback/{token}")
    String feedback(@PathVariable String token, Model model, HttpServletResponse response) {
        EventLinks.Feedback feedback = events.feedback(checked(token));
        if (feedback.alreadyGiven()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "events/feedbackgiven";
        }
        return feedbackPage(model, token, feedback, new FeedbackForm("", ""), FeedbackForm.FIELDS.errors());
    }

    @PostMapping("/events/feedback/{token}")
    String giveFeedback(@PathVariable String token, @ModelAttribute("form") FeedbackForm form, Model model, HttpServletResponse response) {
        EventLinks.Feedback feedback = events.feedback(checked(token));
        if (feedback.alreadyGiven()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "events/feedbackgiven";
        }
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                events.giveFeedback(token, form.toApi());
                return "redirect:/events/feedback/thank-you";
            } catch (ApiProblemException refused) {
                if (refused.problem().status() == HttpStatus.CONFLICT.value()) { // given meanwhile, in another tab
                    response.setStatus(HttpStatus.CONFLICT.value());
                    return "events/feedbackgiven";
                }
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return feedbackPage(model, token, feedback, form, errors);
    }

    @GetMapping("/events/feedback/thank-you")
    String thanks() {
        return "events/thanks";
    }

    /** An unknown or used link: a kind page saying so, 404. */
    @ExceptionHandler(ApiNotFoundException.class)
    String linkGone(Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("layout", layouts.of(request, response));
        return "events/linkgone";
    }

    private static String checked(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new ApiNotFoundException("a link that is not one");
        }
        return token;
    }

    private static String feedbackPage(Model model, String token, EventLinks.Feedback feedback, FeedbackForm form, FormErrors errors) {
        model.addAttribute("token", token);
        model.addAttribute("feedback", feedback);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/feedback";
    }
}
