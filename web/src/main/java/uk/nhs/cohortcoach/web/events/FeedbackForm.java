package uk.nhs.cohortcoach.web.events;

import java.util.List;
import uk.nhs.cohortcoach.web.api.OpenEventApi;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.FormErrors;

/** The feedback form as typed: a rating (5 to 1, in words) and an optional comment. Public: its template reads it. */
public record FeedbackForm(String rating, String comment) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().choice("rating").input("comment");

    public FeedbackForm {
        rating = rating == null ? "" : rating.strip();
        comment = comment == null ? "" : comment;
    }

    /** The ratings as radios, best first: "Very good" (5) to "Very poor" (1). */
    public static List<Choice> choices() {
        return List.of(5, 4, 3, 2, 1).stream().map(n -> new Choice(String.valueOf(n), EventWords.rating(n), null)).toList();
    }

    /** Nothing web can tell but a rating that is none of the five (a form not sent from the page): it asks again. */
    FormErrors check(uk.nhs.cohortcoach.web.page.Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!rating.isEmpty() && ratingNumber() == null) {
            errors.add("rating", messages.get("event.feedback.rating"));
        }
        return errors;
    }

    OpenEventApi.Rating toApi() {
        return new OpenEventApi.Rating(ratingNumber(), comment.isBlank() ? null : comment.strip());
    }

    private Integer ratingNumber() {
        return rating.matches("[1-5]") ? Integer.valueOf(rating) : null;
    }
}
