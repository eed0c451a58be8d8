package uk.nhs.cohortcoach.hubservice.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEventFixtures;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEventTestCalls;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** The member organisations: seeded from the bundled list at start, listed by name for anyone, added by managers once. */
@PlatformIntegrationTest
@Import(OpenEventFixtures.class)
class MemberOrganisationsIT {

    @LocalServerPort
    private int port;

    @Test
    void theBundledListIsThereSortedByNameAndAManagerAddsAnOrganisationOnce() {
        Http http = new Http(port);
        HttpResponse<String> listed = http.get("/api/member-organisations", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        Http.json(listed).forEach(o -> names.add(o.path("name").asString().toLowerCase(Locale.ROOT)));
        assertThat(names).hasSizeGreaterThanOrEqualTo(80).isSorted();

        String body = "{\"odsCode\":\" r9z \",\"name\":\"Example Community Interest Company\",\"sector\":\"OTHER\",\"region\":\"London\"}";
        HttpResponse<String> added = http.post("/api/member-organisations", OpenEventTestCalls.MANAGER, body);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/member-organisations/R9Z");
        assertThatProblem(http.post("/api/member-organisations", OpenEventTestCalls.MANAGER, body)).hasStatus(409).hasFieldError("odsCode");
        assertThatProblem(http.post("/api/member-organisations", OpenEventTestCalls.MANAGER,
                "{\"odsCode\":\"R9Y\",\"name\":\"X\",\"sector\":\"HOSPITALS\",\"region\":\"London\"}")).hasStatus(400).hasFieldError("sector");
        JsonNode after = Http.json(http.get("/api/member-organisations", null));
        assertThat(after.toString()).contains("\"odsCode\":\"R9Z\",\"name\":\"Example Community Interest Company\",\"sector\":\"OTHER\"");
    }
}
