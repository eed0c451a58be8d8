package uk.nhs.cohortcoach.hubservice.feedback;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An open event's feedback: how many gave each rating ({@code r1} … {@code r5}) and the comments, each put at a
 * uniformly random place in the list. No registration, no time, no order of arrival, and no rating beside a comment.
 */
@Document("event_feedback")
public record FeedbackTally(@Id String openEventId, long r1, long r2, long r3, long r4, long r5, List<String> comments) {

    public FeedbackTally {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public static FeedbackTally none(String openEventId) {
        return new FeedbackTally(openEventId, 0, 0, 0, 0, 0, List.of());
    }

    public long responses() {
        return r1 + r2 + r3 + r4 + r5;
    }

    /** The counts of ratings 1 to 5, in that order. */
    public List<Long> counts() {
        return List.of(r1, r2, r3, r4, r5);
    }
}
