package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A resource in a list; {@code status} and {@code updatedAt} only in a programme manager's list of every status. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubResourceSummary(String id, String kind, String title, String summary, List<String> components, List<String> themes,
        String audience, Instant publishedAt, String status, Instant updatedAt) {

    public HubResourceSummary {
        components = components == null ? List.of() : List.copyOf(components);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
