package uk.nhs.cohortcoach.cohortservice.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.MemberOrganisation;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.collaborative.StrategicPriority;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * Every endpoint of cohort-service against every role, and without a token. The world: cohort C
 * holds collaborative X (coached by the coach, with the participant in its team) and collaborative
 * Y (someone else's, with another participant); cohort D has nothing the coach coaches.
 * Reads of what a role may not see answer 404, writes by anyone but a programme manager 403.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private final String coachId = "matrix-coach-" + RUN;
    private final String participantId = "matrix-participant-" + RUN;
    private final String otherParticipantId = "matrix-other-" + RUN;
    private String cohortC;
    private String cohortD;
    private String collaborativeX;
    private String collaborativeY;

    @LocalServerPort
    private int port;

    @Autowired
    private Outbox outbox;

    private enum Who { MANAGER, COACH, PARTICIPANT, NOBODY }

    private record Case(String method, String path, String body, Who who, int expected) {
    }

    @BeforeAll
    void world() {
        Instant now = Instant.now();
        CohortDetails dates = new CohortDetails("Matrix " + RUN, 2, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31), null);
        cohortC = outbox.insert(Cohort.create(Cohort.newId(), dates), Cohort.create("x", dates).created(now)).id();
        cohortD = outbox.insert(Cohort.create(Cohort.newId(), dates), Cohort.create("y", dates).created(now)).id();
        outbox.insert(Person.register(coachId, new PersonDetails("Matrix Coach", "coach-" + RUN + "@example.nhs.uk",
                "Coach", "T1P", Set.of(Role.COACH))));
        collaborativeX = insertCollaborative(cohortC, "X " + RUN, List.of(coachId));
        collaborativeY = insertCollaborative(cohortC, "Y " + RUN, List.of());
        insertParticipant(participantId, collaborativeX);
        insertParticipant(otherParticipantId, collaborativeY);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAndRoleGetsTheAnswerItShould() {
        List<Case> cases = new ArrayList<>();
        String cohort = "{\"name\":\"Matrix write\",\"phase\":2,\"startDate\":\"2026-01-05\",\"endDate\":\"2026-09-30\",\"version\":0}";
        String collaborative = "{\"name\":\"Matrix write\",\"sector\":\"ACUTE\",\"plannedCoachingHours\":10,\"version\":0,"
                + "\"priority\":{\"area\":\"Elective waits\",\"core20\":false}}";
        String person = "{\"name\":\"Matrix write\",\"email\":\"w-" + RUN + "@example.nhs.uk\",\"roles\":[\"PARTICIPANT\"],\"version\":0}";
        String join = "{\"personId\":\"" + otherParticipantId + "\",\"leadershipRole\":\"OTHER\"}";

        // reads: [manager, coach, participant]
        reads(cases, "/api/cohorts/" + cohortC, 200, 200, 404);
        reads(cases, "/api/cohorts/" + cohortD, 200, 404, 404);
        reads(cases, "/api/cohorts", 200, 200, 200);
        reads(cases, "/api/collaboratives/" + collaborativeX, 200, 200, 200);
        reads(cases, "/api/collaboratives/" + collaborativeY, 200, 404, 404);
        reads(cases, "/api/collaboratives?cohortId=" + cohortC, 200, 200, 200);
        reads(cases, "/api/collaboratives/" + collaborativeX + "/participants", 200, 200, 200);
        reads(cases, "/api/collaboratives/" + collaborativeY + "/participants", 200, 404, 404);
        reads(cases, "/api/collaboratives/" + collaborativeX + "/coaches", 200, 200, 200);
        reads(cases, "/api/collaboratives/" + collaborativeY + "/coaches", 200, 404, 404);
        reads(cases, "/api/people/" + participantId, 200, 200, 200);
        reads(cases, "/api/people/" + otherParticipantId, 200, 404, 404);
        reads(cases, "/api/people", 200, 200, 200);
        reads(cases, "/api/people/me", 404, 200, 200);

        // writes: only programme managers
        writes(cases, "POST", "/api/cohorts", cohort);
        writes(cases, "PUT", "/api/cohorts/" + cohortC, cohort);
        writes(cases, "POST", "/api/cohorts/" + cohortC + "/collaboratives", collaborative);
        writes(cases, "PUT", "/api/collaboratives/" + collaborativeX, collaborative);
        writes(cases, "POST", "/api/people", person);
        writes(cases, "PUT", "/api/people/" + participantId, person);
        writes(cases, "POST", "/api/collaboratives/" + collaborativeX + "/participants", join);
        writes(cases, "POST", "/api/collaboratives/" + collaborativeX + "/participants/" + participantId + "/leave",
                "{\"leftOn\":\"2026-06-30\"}");
        writes(cases, "POST", "/api/collaboratives/" + collaborativeX + "/participants/import", null);
        writes(cases, "DELETE", "/api/cohorts/" + cohortC, null);
        writes(cases, "DELETE", "/api/collaboratives/" + collaborativeX, null);
        writes(cases, "POST", "/api/people/" + participantId + "/archive", null);
        writes(cases, "POST", "/api/people/" + participantId + "/restore", null);
        // what depends on a cohort or collaborative is for programme managers only
        writes(cases, "GET", "/api/cohorts/" + cohortC + "/dependents", null);
        writes(cases, "GET", "/api/collaboratives/" + collaborativeX + "/dependents", null);

        return cases.stream().map(c -> DynamicTest.dynamicTest(c.who() + " " + c.method() + " " + c.path() + " -> " + c.expected(),
                () -> assertThat(send(c).statusCode()).as(c.toString()).isEqualTo(c.expected())));
    }

    @TestFactory
    Stream<DynamicTest> listsShowEachRoleOnlyWhatItMaySee() {
        return Stream.of(
                DynamicTest.dynamicTest("coach lists the cohort they coach in, not the other", () -> {
                    String body = send(new Case("GET", "/api/cohorts?size=100", null, Who.COACH, 200)).body();
                    assertThat(body).contains(cohortC).doesNotContain(cohortD);
                }),
                DynamicTest.dynamicTest("participant lists no cohort", () ->
                        assertThat(send(new Case("GET", "/api/cohorts?size=100", null, Who.PARTICIPANT, 200)).body())
                                .doesNotContain(cohortC).doesNotContain(cohortD)),
                DynamicTest.dynamicTest("coach and participant list only collaborative X", () -> {
                    for (Who who : List.of(Who.COACH, Who.PARTICIPANT)) {
                        String body = send(new Case("GET", "/api/collaboratives?size=100", null, who, 200)).body();
                        assertThat(body).as(who.name()).contains(collaborativeX).doesNotContain(collaborativeY);
                    }
                }),
                DynamicTest.dynamicTest("participant lists only themselves among people", () -> {
                    String body = send(new Case("GET", "/api/people?size=100", null, Who.PARTICIPANT, 200)).body();
                    assertThat(body).contains(participantId).doesNotContain(otherParticipantId).doesNotContain(coachId);
                }));
    }

    private void reads(List<Case> cases, String path, int manager, int coach, int participant) {
        cases.add(new Case("GET", path, null, Who.MANAGER, manager));
        cases.add(new Case("GET", path, null, Who.COACH, coach));
        cases.add(new Case("GET", path, null, Who.PARTICIPANT, participant));
        cases.add(new Case("GET", path, null, Who.NOBODY, 401));
    }

    private void writes(List<Case> cases, String method, String path, String body) {
        cases.add(new Case(method, path, body, Who.COACH, 403));
        cases.add(new Case(method, path, body, Who.PARTICIPANT, 403));
        cases.add(new Case(method, path, body, Who.NOBODY, 401));
    }

    private HttpResponse<String> send(Case c) {
        String authorization = switch (c.who()) {
            case MANAGER -> Http.bearer("matrix-manager-" + RUN, Role.PROGRAMME_MANAGER);
            case COACH -> Http.bearer(coachId, Role.COACH);
            case PARTICIPANT -> Http.bearer(participantId, Role.PARTICIPANT);
            case NOBODY -> null;
        };
        return new Http(port).send(c.method(), c.path(), authorization, c.body());
    }

    private String insertCollaborative(String cohortId, String name, List<String> coachIds) {
        Collaborative collaborative = Collaborative.of(Collaborative.newId(), cohortId, new CollaborativeDetails(name,
                Sector.ACUTE, "Somewhere", List.of(new MemberOrganisation("RHQ", "A trust")), "A. Officer",
                new StrategicPriority("Elective waits", false, null, List.of(), Set.of()), 20, coachIds), null);
        return outbox.insert(collaborative, collaborative.enrolled(Instant.now())).id();
    }

    private void insertParticipant(String id, String collaborativeId) {
        Person person = Person.register(id, new PersonDetails("Matrix " + id, id + "@example.nhs.uk", "Lead", "RHQ",
                Set.of(Role.PARTICIPANT))).join(collaborativeId, cohortC, LeadershipRole.IMPROVEMENT_LEAD, LocalDate.of(2026, 2, 1));
        outbox.insert(person, person.registered(Instant.now()), person.joined(person.currentMembership(collaborativeId), Instant.now()));
    }
}
