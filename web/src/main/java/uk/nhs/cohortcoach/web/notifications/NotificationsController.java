package uk.nhs.cohortcoach.web.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.DeliveryLogApi;
import uk.nhs.cohortcoach.web.api.NotificationApi;
import uk.nhs.cohortcoach.web.api.NotificationEntry;
import uk.nhs.cohortcoach.web.api.NotificationPage;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

import uk.nhs.cohortcoach.web.page.Pagination;
import uk.nhs.cohortcoach.web.page.Words;

/**
 * {@code GET /notifications}: one page of the delivery log, newest first, one compact row a message, with the search
 * (name or email) and filter form (a GET form: the search and filters are in the address, so a filtered page can be
 * bookmarked, its pages keep them, and it works without JavaScript). {@code GET /notifications/{id}}: one message, what
 * it said (personal links replaced by words by the API) and its attempts.
 * {@code GET /notifications/{id}/retry} asks "send it again?" (the confirmation page); its POST sends a
 * failed message again and goes back to the log as it was filtered, with a success banner.
 */
@Controller
class NotificationsController {

    private final NotificationApi notifications;
    private final DeliveryLogApi log;
    private final Messages messages;
    private final Flash flash;

    NotificationsController(NotificationApi notifications, DeliveryLogApi log, Messages messages, Flash flash) {
        this.notifications = notifications;
        this.log = log;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/notifications")
    String log(@ModelAttribute("filter") LogFilter filter, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.fields().input("q").errors();
        NotificationPage page;
        if (filter.searchTooLong()) {
            errors.add("q", messages.get("notification.search.tooLong", LogFilter.MAX_SEARCH));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page = new NotificationPage(List.of(), 0, NotificationApi.PAGE_SIZE, 0, 0);
        } else {
            page = log.search(filter.q(), filter.status(), filter.purpose(), filter.personId(), filter.apiPage());
        }
        model.addAttribute("entries", page.items());
        model.addAttribute("totalItems", page.totalItems());
        model.addAttribute("pagination", Pagination.of(page.page(), page.totalPages(), filter::address));
        model.addAttribute("retryQuery", retryQuery(filter));
        model.addAttribute("errors", errors);
        return "notifications";
    }

    /** One message: who, why, where it is, what it said (without anyone's personal link) and each attempt. */
    @GetMapping("/notifications/{id}")
    String message(@PathVariable String id, @ModelAttribute("filter") LogFilter filter, Model model) {
        model.addAttribute("message", log.message(id));
        return "notifications/message";
    }

    @GetMapping("/notifications/{id}/retry")
    String confirmRetry(@PathVariable String id, @ModelAttribute("filter") LogFilter filter, Model model) {
        NotificationEntry entry = notifications.get(id);
        model.addAttribute("confirmation", confirmation(entry, filter, entry.canRetry() ? null : messages.get("notification.retry.notFailed")));
        return "confirm";
    }

    @PostMapping("/notifications/{id}/retry")
    String retry(@PathVariable String id, @ModelAttribute("filter") LogFilter filter, Model model, HttpServletResponse response) {
        NotificationEntry entry = notifications.get(id);
        try {
            notifications.retry(id);
        } catch (ApiProblemException refused) { // it was sent or withdrawn since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", confirmation(entry, filter, refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("notification.retried", Words.of(entry.purpose()), entry.recipient()));
        return "redirect:" + filter.address();
    }

    private Confirmation confirmation(NotificationEntry entry, LogFilter filter, String refusal) {
        return new Confirmation(messages.get("notification.retry.title", Words.of(entry.purpose()).toLowerCase(java.util.Locale.UK),
                entry.recipient()), List.of(), refusal, "/notifications/" + entry.id() + "/retry" + retryQuery(filter),
                messages.get("notification.retry.button"), filter.address());
    }

    /** The log's filters carried through the confirmation page, so "back" is the log as it was. */
    private static String retryQuery(LogFilter filter) {
        return filter.query();
    }
}
