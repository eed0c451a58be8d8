package uk.nhs.cohortcoach.coachingservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** Subject access on its own: programme managers only, and a person the service holds nothing about is not found. */
class PrivacyWebTest extends CoachingWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String EXPORT = "/api/privacy/coaching/people/p-1";

    @Autowired
    private CoachingSubjectAccess subjectAccess;


    private static CoachingExport export(CoachingExport.PersonData person) {
        return new CoachingExport("coaching-service", "p-1", Instant.now(), person, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void anExportIsTheDomainsDocument() {
        when(subjectAccess.export("p-1")).thenReturn(export(
                new CoachingExport.PersonData("Asha Patel", "asha@example.nhs.uk", Set.of("PARTICIPANT"), List.of("collab-1"))));

        HttpResponse<String> response = http.get(EXPORT, MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("service").asString()).isEqualTo("coaching-service");
        assertThat(Http.json(response).path("person").path("email").asString()).isEqualTo("asha@example.nhs.uk");
    }

    @Test
    void aPersonTheServiceHoldsNothingAboutIsNotFound() {
        when(subjectAccess.export("p-1")).thenReturn(export(null));

        assertThatProblem(http.get(EXPORT, MANAGER)).hasStatus(404);
    }

    @Test
    void onlyProgrammeManagersMayExport() {
        assertThat(http.get(EXPORT, Http.bearer("p-1", Role.PARTICIPANT)).statusCode()).isEqualTo(403);
        assertThat(http.get(EXPORT, Http.bearer("c-1", Role.COACH)).statusCode()).isEqualTo(403);
        assertThat(http.get(EXPORT, null).statusCode()).isEqualTo(401);
        verifyNoInteractions(subjectAccess);
    }
}
