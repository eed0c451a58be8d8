package uk.nhs.cohortcoach.cohortservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.cohortservice.CohortWebSlice;
import uk.nhs.cohortcoach.cohortservice.person.People;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** Subject access and erasure on their own: programme managers only, decided before anything is read, and what they answer. */
class PrivacyWebTest extends CohortWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @Autowired
    private SubjectAccess subjectAccess;

    @Autowired
    private People people;


    @Test
    void anErasureAnswersWhatIsLeftOfThePerson() {
        Instant erasedAt = Instant.parse("2026-05-01T10:00:00Z");
        when(people.erase("p-1")).thenReturn(new Person("p-1", Person.ERASED_NAME, "erased-p-1@erased.invalid", "x", null,
                null, Set.of(Role.PARTICIPANT), List.of(), erasedAt, null, 3L));

        HttpResponse<String> response = http.post("/api/people/p-1/erase", MANAGER, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("personId").asString()).isEqualTo("p-1");
        assertThat(Http.json(response).path("name").asString()).isEqualTo("Erased person");
        assertThat(Http.json(response).path("erasedAt").asString()).isEqualTo("2026-05-01T10:00:00Z");
    }

    @Test
    void anExportIsTheDomainsDocument() {
        when(subjectAccess.export("p-1")).thenReturn(new SubjectAccessExport("cohort-service", "p-1", Instant.now(),
                new SubjectAccessExport.PersonData("Ada", "ada@example.org", null, null, Set.of(Role.COACH), null),
                List.of(), List.of(new SubjectAccessExport.CoachingData("col-1", "Collaborative one", "cohort-1"))));

        HttpResponse<String> response = http.get("/api/privacy/cohort/people/p-1", MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("service").asString()).isEqualTo("cohort-service");
        assertThat(Http.json(response).path("person").path("email").asString()).isEqualTo("ada@example.org");
        assertThat(Http.json(response).path("coachOf").get(0).path("collaborativeId").asString()).isEqualTo("col-1");
    }

    @Test
    void onlyProgrammeManagersDecidedBeforeAnyBody() {
        for (String caller : List.of(Http.bearer("p-1", Role.PARTICIPANT), Http.bearer("coach-1", Role.COACH))) {
            assertThat(http.get("/api/privacy/cohort/people/p-1", caller).statusCode()).isEqualTo(403);
            HttpResponse<String> erase = http.post("/api/people/p-1/erase", caller, "{not json");
            assertThat(erase.statusCode()).isEqualTo(403);
            assertThat(erase.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(http.get("/api/privacy/cohort/people/p-1", null).statusCode()).isEqualTo(401);
        assertThat(http.post("/api/people/p-1/erase", null, "").statusCode()).isEqualTo(401);
        verifyNoInteractions(subjectAccess, people);
    }
}
