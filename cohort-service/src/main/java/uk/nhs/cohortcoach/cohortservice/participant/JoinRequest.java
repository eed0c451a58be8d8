package uk.nhs.cohortcoach.cohortservice.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;

/** Someone joining a collaborative's team; {@code joinedOn} defaults to today in Europe/London. */
record JoinRequest(@NotBlank @Size(max = 100) String personId, @NotNull LeadershipRole leadershipRole, LocalDate joinedOn) {
}
