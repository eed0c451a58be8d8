package uk.nhs.cohortcoach.cohortservice.participant;

import java.time.LocalDate;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Membership;
import uk.nhs.cohortcoach.cohortservice.person.Person;

/** One spell of one person in a collaborative's team, as the API shows it; {@code leftOn} is empty while current. */
record TeamMember(String personId, String name, String email, String jobTitle, String organisationOdsCode,
        LeadershipRole leadershipRole, LocalDate joinedOn, LocalDate leftOn) {

    static TeamMember of(Person person, Membership membership) {
        return new TeamMember(person.id(), person.name(), person.email(), person.jobTitle(), person.organisationOdsCode(),
                membership.role(), membership.joinedOn(), membership.leftOn());
    }

    /** The same spell without the email, as the team's members see each other. */
    TeamMember withoutEmail() {
        return new TeamMember(personId, name, null, jobTitle, organisationOdsCode, leadershipRole, joinedOn, leftOn);
    }
}
