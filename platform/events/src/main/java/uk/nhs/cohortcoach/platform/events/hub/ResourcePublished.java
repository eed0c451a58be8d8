package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A resource of the knowledge hub was published (or published again after an edit): who may read it and what it
 * is about. {@code audience} is {@code EVERYONE}, {@code MEMBERS} (anyone signed in) or {@code COHORT}, when
 * {@code cohortId} names the cohort (otherwise null); {@code components} are maturity component names and {@code
 * themes} equity theme codes (Core20PLUS5 clinical areas and PLUS groups).
 */
public record ResourcePublished(
        UUID eventId,
        Instant occurredAt,
        String resourceId,
        String kind,
        String title,
        String summary,
        String audience,
        String cohortId,
        List<String> components,
        List<String> themes) implements HubEvent {

    public ResourcePublished {
        components = components == null ? List.of() : List.copyOf(components);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    @Override
    public String aggregateId() {
        return resourceId;
    }
}
