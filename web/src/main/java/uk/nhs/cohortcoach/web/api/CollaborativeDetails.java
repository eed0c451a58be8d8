package uk.nhs.cohortcoach.web.api;

import java.util.List;

/**
 * The body of enrolling ({@code POST /api/cohorts/{cohortId}/collaboratives}) or changing ({@code PUT
 * /api/collaboratives/{id}}, with the {@code version} read; null when enrolling) a collaborative.
 */
public record CollaborativeDetails(String name, String sector, String ics, String seniorResponsibleOfficer,
        List<Collaborative.Member> members, Integer plannedCoachingHours, List<String> coachIds, Collaborative.Priority priority,
        Long version) {
}
