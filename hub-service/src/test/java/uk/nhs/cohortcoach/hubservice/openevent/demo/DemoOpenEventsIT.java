package uk.nhs.cohortcoach.hubservice.openevent.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEventTestCalls;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** The demo profile's open events: made at start through the domain's moves, and only once. */
@PlatformIntegrationTest
@ActiveProfiles("demo")
class DemoOpenEventsIT {

    @LocalServerPort
    private int port;

    @Autowired
    private DemoOpenEvents demo;

    @Test
    void anUpcomingEventWithRegistrationsFromSeveralTrustsAndAPastOneWithAttendanceAreMadeOnce() {
        Http http = new Http(port);
        demo.run(new DefaultApplicationArguments()); // a second start makes nothing more

        JsonNode upcoming = Http.json(http.get("/api/open-events?when=upcoming", null));
        String id = null;
        int found = 0;
        for (JsonNode event : upcoming.path("items")) {
            if (event.path("title").asString().equals("Peer learning: equitable elective recovery")) {
                id = event.path("id").asString();
                found++;
            }
        }
        assertThat(found).isEqualTo(1);
        JsonNode managed = OpenEventTestCalls.manage(http, id);
        assertThat(managed.path("capacity").asInt()).isEqualTo(60);
        Set<String> trusts = new HashSet<>();
        managed.path("registrations").forEach(r -> trusts.add(r.path("odsCode").asString()));
        assertThat(trusts).hasSizeBetween(8, 10);
        assertThat(managed.path("placesLeft").asInt()).isEqualTo(60 - managed.path("registrations").size());

        JsonNode past = Http.json(http.get("/api/open-events?when=past", null));
        String pastId = null;
        for (JsonNode event : past.path("items")) {
            if (event.path("title").asString().startsWith("Peer learning: tackling hypertension")) {
                pastId = event.path("id").asString();
            }
        }
        assertThat(pastId).isNotNull();
        JsonNode reach = Http.json(http.get("/api/open-events/" + pastId + "/reach", OpenEventTestCalls.MANAGER));
        assertThat(reach.path("attended").asInt()).isPositive();
        assertThat(reach.path("attended").asInt()).isLessThan(reach.path("registrations").asInt());
    }
}
