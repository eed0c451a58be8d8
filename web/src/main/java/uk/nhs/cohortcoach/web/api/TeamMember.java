package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** Someone in a collaborative's team ({@code GET /api/collaboratives/{id}/participants}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamMember(String personId, String name, String email, String jobTitle, String organisationOdsCode,
        String leadershipRole, LocalDate joinedOn, LocalDate leftOn) {
}
