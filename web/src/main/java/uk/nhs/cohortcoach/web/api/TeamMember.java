package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member of a collaborative's team ({@code GET /api/collaboratives/{id}/participants}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamMember(String personId, String name) {
}
