package uk.nhs.cohortcoach.cohortservice;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;

/** What the cohort API tests set up before the behaviour they test: people, cohorts and collaboratives, through the running service. */
public final class CohortFixtures {

    private final Http http;

    public CohortFixtures(Http http) {
        this.http = http;
    }

    /** A token for a programme manager of their own. */
    public static String manager() {
        return Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    }

    /** Registers a person through the API as a programme manager; answers their id. */
    public String registerPerson(String name, String email, Role... roles) {
        String body = Http.JSON.writeValueAsString(Map.of("name", name, "email", email, "roles",
                List.of(roles).stream().map(Role::name).toList()));
        HttpResponse<String> response = http.post("/api/people", manager(), body);
        if (response.statusCode() != 201) {
            throw new AssertionError("registering " + email + ": " + response.statusCode() + " " + response.body());
        }
        return Http.json(response).path("id").asString();
    }

    /** Creates a cohort through the API; answers its id. */
    public String createCohort() {
        HttpResponse<String> response = http.post("/api/cohorts", manager(), "{\"name\":\"Phase " + UUID.randomUUID()
                + "\",\"phase\":2,\"startDate\":\"2026-04-01\",\"endDate\":\"2026-12-31\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("creating a cohort: " + response.statusCode() + " " + response.body());
        }
        return Http.json(response).path("id").asString();
    }

    /** Enrols a collaborative straight through the outbox, with the coaches named; answers its id. */
    public static String enrolCollaborative(Outbox outbox, String cohortId, String... coachIds) {
        Collaborative collaborative = Collaborative.of(Collaborative.newId(), cohortId,
                new CollaborativeDetails("Collaborative " + UUID.randomUUID(), Sector.ACUTE, "Test ICS", List.of(),
                        "Test SRO", null, 20, List.of(coachIds)), null);
        return outbox.insert(collaborative, collaborative.enrolled(Clock.systemUTC().instant())).id();
    }

    /** The {@code eventType} header of a record from the cohort topic, or null. */
    public static String eventType(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("eventType");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
