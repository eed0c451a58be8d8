package uk.nhs.cohortcoach.cohortservice.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Everything cohort-service holds about one person: their record, their spells in teams (current and
 * past) and the collaboratives that name them as a coach.
 */
record SubjectAccessExport(String service, String personId, Instant generatedAt, PersonData person,
        List<MembershipData> memberships, List<CoachingData> coachOf) {

    record PersonData(String name, String email, String jobTitle, String organisationOdsCode, Set<Role> roles,
            Instant erasedAt) {
    }

    record MembershipData(String collaborativeId, String collaborativeName, String cohortId, LeadershipRole leadershipRole,
            LocalDate joinedOn, LocalDate leftOn) {
    }

    record CoachingData(String collaborativeId, String collaborativeName, String cohortId) {
    }
}
