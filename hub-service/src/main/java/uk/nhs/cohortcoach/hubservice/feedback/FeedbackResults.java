package uk.nhs.cohortcoach.hubservice.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An event's feedback as a programme manager sees it: everything null or empty while it is suppressed. */
public record FeedbackResults(Long responses, boolean suppressed, Map<String, Long> ratingCounts, Double averageRating,
        List<String> comments, String note, Instant feedbackClosesAt) {
}
