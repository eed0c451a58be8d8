package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A calendar feed ({@code /api/sessions/feeds}); {@code url} is only in the answer that created it (shown once). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CalendarFeed(String id, String kind, String subjectId, Instant createdAt, String url) {
}
