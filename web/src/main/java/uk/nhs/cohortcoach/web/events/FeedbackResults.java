package uk.nhs.cohortcoach.web.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.nhs.cohortcoach.web.api.EventFigures;

/**
 * An event's feedback as the results page writes it, only ever from what hub-service disclosed: a line per rating,
 * best first ("Very good (5)", people), and the average to one decimal place ("4.2 out of 5"). Public: the template
 * uses it.
 */
public final class FeedbackResults {

    /** One rating's line. */
    public record Line(String label, int people) {
    }

    private FeedbackResults() {
    }

    public static List<Line> lines(EventFigures.Feedback feedback) {
        if (feedback.ratingCounts() == null) {
            return List.of();
        }
        return List.of(5, 4, 3, 2, 1).stream().map(rating -> new Line(EventWords.rating(rating) + " (" + rating + ")",
                feedback.ratingCounts().getOrDefault(String.valueOf(rating), 0))).toList();
    }

    public static String average(EventFigures.Feedback feedback) {
        if (feedback.averageRating() == null) {
            return "Not available";
        }
        return BigDecimal.valueOf(feedback.averageRating()).setScale(1, RoundingMode.HALF_UP).toPlainString() + " out of 5";
    }
}
