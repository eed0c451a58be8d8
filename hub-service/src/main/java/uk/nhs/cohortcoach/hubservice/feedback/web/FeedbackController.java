package uk.nhs.cohortcoach.hubservice.feedback.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.hubservice.feedback.Feedback;
import uk.nhs.cohortcoach.hubservice.feedback.FeedbackResults;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/** The feedback link (anyone holding it; single use) and an event's feedback results (programme managers). */
@RestController
class FeedbackController {

    /** A rating from 1 to 5 and, if they wish, a comment. */
    record OpenEventFeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating, @FreeText @Size(max = 1000) String comment) {
    }

    private final Feedback feedback;

    FeedbackController(Feedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/api/open-events/feedback/{feedbackToken}")
    @SecurityRequirements // the feedback link's token is its only key
    Feedback.OpenEventFeedbackLink view(@PathVariable String feedbackToken) {
        return feedback.view(feedbackToken);
    }

    @PostMapping("/api/open-events/feedback/{feedbackToken}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements // the feedback link's token is its only key
    void give(@PathVariable String feedbackToken, @Valid @RequestBody OpenEventFeedbackRequest request) {
        feedback.give(feedbackToken, request.rating(), request.comment());
    }

    @GetMapping("/api/open-events/{id}/feedback")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    FeedbackResults results(@PathVariable String id) {
        return feedback.results(id);
    }
}
