package uk.nhs.cohortcoach.cohortservice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.TestTokens;

/** Calls the service under test over HTTP the way a client does, and sets up what the API tests need. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public static String bearer(String personId, Role... roles) {
        return "Bearer " + TestTokens.forRoles(personId, roles);
    }

    public static String manager() {
        return bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    public HttpResponse<String> post(String path, String json, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), bearer);
    }

    public HttpResponse<String> put(String path, String json, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), bearer);
    }

    public HttpResponse<String> postCsv(String path, byte[] csv, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)), bearer);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Registers a person through the API as a programme manager; answers their id. */
    public String registerPerson(String name, String email, Role... roles) {
        String body = JSON.writeValueAsString(java.util.Map.of("name", name, "email", email, "roles",
                List.of(roles).stream().map(Role::name).toList()));
        HttpResponse<String> response = post("/api/people", body, manager());
        if (response.statusCode() != 201) {
            throw new AssertionError("registering " + email + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).path("id").asString();
    }

    /** Creates a cohort through the API; answers its id. */
    public String createCohort() {
        HttpResponse<String> response = post("/api/cohorts", "{\"name\":\"Phase " + UUID.randomUUID()
                + "\",\"phase\":2,\"startDate\":\"2026-04-01\",\"endDate\":\"2026-12-31\"}", manager());
        if (response.statusCode() != 201) {
            throw new AssertionError("creating a cohort: " + response.statusCode() + " " + response.body());
        }
        return json(response).path("id").asString();
    }

    /** Enrols a collaborative straight through the outbox (its API belongs to another piece of work). */
    public static String enrolCollaborative(Outbox outbox, String cohortId, String... coachIds) {
        Collaborative collaborative = Collaborative.of(Collaborative.newId(), cohortId,
                new CollaborativeDetails("Collaborative " + UUID.randomUUID(), Sector.ACUTE, "Test ICS", List.of(),
                        "Test SRO", null, 20, List.of(coachIds)), null);
        return outbox.insert(collaborative, collaborative.enrolled(Clock.systemUTC().instant())).id();
    }

    public static String eventType(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("eventType");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
