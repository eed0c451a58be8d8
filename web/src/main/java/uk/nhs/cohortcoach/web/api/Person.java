package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A person as cohort-service's {@code /api/people} answers them (only what the pages use). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(String id, String name, String email, String jobTitle, String organisationOdsCode, List<String> roles,
        Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }
}
