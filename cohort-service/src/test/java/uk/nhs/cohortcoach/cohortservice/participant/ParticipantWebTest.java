package uk.nhs.cohortcoach.cohortservice.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.cohortservice.CohortWebSlice;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;

/** A collaborative's team on its own: who may change it, how requests map to the domain and back, and what is refused. */
class ParticipantWebTest extends CohortWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String TEAM = "/api/collaboratives/col-1/participants";

    @Autowired
    private Participants participants;


    private static Person joined(String personId, LeadershipRole role, LocalDate on) {
        return Person.register(personId, new PersonDetails("Ada Lovelace", "ada@example.org", "Chief Executive", "RHQ",
                Set.of(Role.PARTICIPANT))).join("col-1", "cohort-1", role, on);
    }

    @Test
    void aJoinIsTrimmedMappedToTheDomainAndAnsweredWithThePersonsAddressAndSpell() {
        LocalDate on = LocalDate.parse("2026-04-01");
        when(participants.join("col-1", "p-1", LeadershipRole.CHIEF_EXECUTIVE, on))
                .thenReturn(joined("p-1", LeadershipRole.CHIEF_EXECUTIVE, on));

        HttpResponse<String> response = http.post(TEAM, MANAGER,
                "{\"personId\":\" p-1 \",\"leadershipRole\":\"CHIEF_EXECUTIVE\",\"joinedOn\":\"2026-04-01\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/people/p-1");
        assertThat(Http.json(response).path("personId").asString()).isEqualTo("p-1");
        assertThat(Http.json(response).path("joinedOn").asString()).isEqualTo("2026-04-01");
    }

    @Test
    void onlyProgrammeManagersChangeTheTeamDecidedBeforeTheBodyIsRead() {
        for (Role role : List.of(Role.COACH, Role.PARTICIPANT)) {
            String token = Http.bearer("someone-1", role);
            assertThatProblem(http.post(TEAM, token, "not even json")).as(role.name()).hasStatus(403);
            assertThatProblem(http.post(TEAM + "/p-1/leave", token, "not even json")).as(role.name()).hasStatus(403);
        }
        assertThatProblem(http.post(TEAM, null, "not even json")).hasStatus(401);
        assertThatProblem(http.get(TEAM, null)).hasStatus(401);
        verifyNoInteractions(participants);
    }

    @Test
    void anUnknownLeadershipRoleAndAMissingPersonAreRefused() {
        assertThatProblem(http.post(TEAM, MANAGER, "{\"personId\":\"p-1\",\"leadershipRole\":\"JANITOR\"}")).hasStatus(400);
        assertThatProblem(http.post(TEAM, MANAGER, "{}")).hasStatus(400).hasFieldErrorsOnly("personId", "leadershipRole");
        verifyNoInteractions(participants);
    }

    @TestFactory
    Stream<DynamicTest> joiningRefusesBadJsonBeforeTheDomain() {
        when(participants.join(eq("col-1"), any(), any(), any()))
                .thenAnswer(call -> joined(call.getArgument(1), call.getArgument(2), call.getArgument(3)));
        return JsonInputChecks.post(http, TEAM, "{\"personId\":\"p-1\",\"leadershipRole\":\"CHAIR\",\"joinedOn\":\"2026-04-01\"}",
                () -> mockingDetails(participants).getInvocations().size()).header("Authorization", MANAGER).dynamicTests();
    }
}
