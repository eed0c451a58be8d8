package uk.nhs.cohortcoach.web.api;

import java.time.LocalDate;

/** The body of {@code POST /api/collaboratives/{id}/participants}: someone joins the team ({@code joinedOn} null: today). */
public record Joining(String personId, String leadershipRole, LocalDate joinedOn) {
}
