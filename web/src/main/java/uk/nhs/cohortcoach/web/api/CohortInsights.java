package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * coaching-service's insights of a cohort's logged sessions: counts, and what the equity pauses surfaced (word for word:
 * for the manager to read, never copied into a digest).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortInsights(int sessionsLogged, int collaboratives, List<ComponentCount> byComponent, EquityPauses equityPauses,
        List<String> surfaced) {

    public CohortInsights {
        byComponent = byComponent == null ? List.of() : List.copyOf(byComponent);
        equityPauses = equityPauses == null ? new EquityPauses(0, 0) : equityPauses;
        surfaced = surfaced == null ? List.of() : List.copyOf(surfaced);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComponentCount(String component, int sessions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EquityPauses(int held, int notHeld) {
    }
}
