package uk.nhs.cohortcoach.cohortservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.cohortservice.CohortWebSlice;
import uk.nhs.cohortcoach.cohortservice.person.People;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;

/** {@code /api/people} on its own: who may write, how requests map to the domain and back, and what is refused. */
class PersonWebTest extends CohortWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String VALID = """
            {"name":" Ada Lovelace ","email":"ada@example.org","jobTitle":"  ","organisationOdsCode":"RHQ",
             "roles":["PARTICIPANT"]}""";

    @Autowired
    private People people;


    private static Person stored(String id, PersonDetails details, long version) {
        return new Person(id, details.name(), details.email(), Person.emailKey(details.email()), details.jobTitle(),
                details.organisationOdsCode(), details.roles(), List.of(), null, null, version);
    }

    @Test
    void aRegistrationIsTrimmedOnTheWayInAndAnsweredWithItsAddressVersionAndBody() {
        PersonDetails expected = new PersonDetails("Ada Lovelace", "ada@example.org", null, "RHQ", Set.of(Role.PARTICIPANT));
        when(people.register(expected)).thenReturn(stored("p-1", expected, 0));

        HttpResponse<String> response = http.post("/api/people", MANAGER, VALID);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/people/p-1");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(Http.json(response).path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(Http.json(response).path("roles").get(0).asString()).isEqualTo("PARTICIPANT");
        assertThat(Http.json(response).path("version").asLong()).isZero();
    }

    @Test
    void anUpdateCarriesTheVersionReadToTheDomain() {
        PersonDetails expected = new PersonDetails("Mary Seacole", "mary@example.org", "Chair", null, Set.of(Role.COACH));
        when(people.update("p-1", expected, 3)).thenReturn(stored("p-1", expected, 4));

        HttpResponse<String> response = http.put("/api/people/p-1", MANAGER, """
                {"name":"Mary Seacole","email":"mary@example.org","jobTitle":"Chair","roles":["COACH"],"version":3}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(Http.json(response).path("version").asLong()).isEqualTo(4);
    }

    @Test
    void onlyProgrammeManagersWriteDecidedBeforeTheBodyIsRead() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            String token = Http.bearer("p-2", role, Role.PARTICIPANT);
            assertThatProblem(http.post("/api/people", token, "not even json")).as(role.name()).hasStatus(403);
            assertThatProblem(http.put("/api/people/p-1", token, "not even json")).as(role.name()).hasStatus(403);
        }
        assertThatProblem(http.post("/api/people", null, "not even json")).hasStatus(401);
        assertThatProblem(http.get("/api/people", null)).hasStatus(401);
        verifyNoInteractions(people);
    }

    @Test
    void registeringChecksEveryField() {
        HttpResponse<String> response = http.post("/api/people", MANAGER, """
                {"name":"","email":"not-an-email","organisationOdsCode":"rhq1234","roles":[]}""");

        assertThatProblem(response).hasStatus(400).hasFieldErrorsOnly("name", "email", "organisationOdsCode", "roles");
        verifyNoInteractions(people);
    }

    @Test
    void anUpdateWithoutTheVersionReadIsRefusedNamingIt() {
        HttpResponse<String> response = http.put("/api/people/p-1", MANAGER, VALID);

        assertThatProblem(response).hasStatus(400).hasFieldError("version", "Enter the version of the record you read");
        verify(people, never()).update(eq("p-1"), any(), anyLong());
    }

    @Test
    void aListCanOnlyBeSortedByNameOrEmail() {
        assertThatProblem(http.get("/api/people?sort=jobTitle", MANAGER)).hasStatus(400).hasFieldError("sort");
        verifyNoInteractions(people);
    }

    @TestFactory
    Stream<DynamicTest> registeringRefusesBadJson() {
        when(people.register(any())).thenAnswer(call -> stored("p-9", call.getArgument(0), 0));
        return JsonInputChecks.post(http, "/api/people", """
                {"name":"Valid Person","email":"valid@example.org","jobTitle":"Director","organisationOdsCode":"RHQ","roles":["COACH"]}""",
                () -> mockingDetails(people).getInvocations().size()).header("Authorization", MANAGER).dynamicTests();
    }
}
