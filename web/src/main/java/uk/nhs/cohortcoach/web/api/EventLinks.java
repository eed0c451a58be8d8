package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** What hub-service says about an open event's emailed links (the cancel link and the feedback link). */
public final class EventLinks {

    private EventLinks() {
    }

    /** {@code GET /api/open-events/registrations/{cancelToken}}: the registration the link cancels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registration(String openEventId, String title, Instant startsAt, String timeZone, String status) {
    }

    /** {@code GET /api/open-events/feedback/{feedbackToken}}: the event the feedback is about, and whether it was given. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feedback(String openEventId, String title, Instant startsAt, boolean alreadyGiven) {
    }
}
