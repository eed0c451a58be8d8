package uk.nhs.cohortcoach.cohortservice.person.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Membership;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * A person as the API shows them, with their team memberships (current and past) and when they were
 * archived (null while they are not); send {@code version} back when updating.
 */
record PersonResponse(String id, String name, String email, String jobTitle, String organisationOdsCode, Set<Role> roles,
        List<MembershipResponse> memberships, Instant archivedAt, long version) {

    record MembershipResponse(String collaborativeId, String cohortId, LeadershipRole leadershipRole, LocalDate joinedOn,
            LocalDate leftOn) {

        static MembershipResponse of(Membership membership) {
            return new MembershipResponse(membership.collaborativeId(), membership.cohortId(), membership.role(),
                    membership.joinedOn(), membership.leftOn());
        }
    }

    static PersonResponse of(Person person) {
        return new PersonResponse(person.id(), person.name(), person.email(), person.jobTitle(), person.organisationOdsCode(),
                person.roles(), person.memberships().stream().map(MembershipResponse::of).toList(), person.archivedAt(),
                person.version());
    }
}
