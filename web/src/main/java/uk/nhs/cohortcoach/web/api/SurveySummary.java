package uk.nhs.cohortcoach.web.api;

import java.time.Instant;
import java.util.List;

/**
 * survey-service's {@code GET /api/waves/summary?cohortId=}: the cohort's latest opened wave, each collaborative's
 * response rate and median stage by component in it with the trend since the wave before, hidden as the results hide
 * them, and what needs attention. {@code wave} null: no wave opened yet.
 */
public record SurveySummary(String cohortId, Wave wave, Group cohort, List<Group> collaboratives) {

    public SurveySummary {
        collaboratives = collaboratives == null ? List.of() : List.copyOf(collaboratives);
    }

    public record Wave(String waveId, String label, String status, Instant opensAt, Instant closesAt, Long daysToClose,
            String previousWaveId, String previousLabel) {
    }

    /** A hidden group ({@code suppressed}) has no medians and says why in {@code note}. */
    public record Group(String collaborativeId, String name, WaveResults.ResponseRate responseRate, boolean suppressed, String note,
            List<Component> components, List<Attention> attention) {

        public Group {
            components = components == null ? List.of() : List.copyOf(components);
            attention = attention == null ? List.of() : List.copyOf(attention);
        }
    }

    /** Stage names (e.g. UNDERWAY); {@code trend} UP, SAME, DOWN or null. */
    public record Component(String component, String title, String medianStage, String previousMedianStage, String trend) {
    }

    /** {@code reason}: RESPONSE_RATE_LOW or TOO_FEW_RESPONSES. */
    public record Attention(String reason, String words) {
    }
}
