package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** Calls the running service as the web pages and a registrant's browser would. */
public final class OpenEventTestCalls {

    public static final String MANAGER = Http.bearer("7d1c5a52-0000-4000-8000-00000000aaaa", Role.PROGRAMME_MANAGER);

    private OpenEventTestCalls() {
    }

    /** Schedules an event starting {@code daysAhead} days from the (moved) clock's today, at 12:00 in London. */
    public static String schedule(Http http, String title, int capacity, int daysAhead, java.time.Clock clock) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/London")).plusDays(daysAhead)
                .withHour(12).withMinute(0).withSecond(0).withNano(0);
        String body = """
                {"title":"%s","summary":"A summary","description":"Line one\\nLine two","speakers":[{"name":"Sam Okafor","role":"Director"}],
                 "start":"%s","durationMinutes":60,"capacity":%d,"joiningLink":"https://teams.example/join/secret-%s"}"""
                .formatted(title, start.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), capacity, title.hashCode());
        HttpResponse<String> created = http.post("/api/open-events", MANAGER, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asString();
    }

    public static HttpResponse<String> register(Http http, String eventId, String name, String email, String odsCode) {
        return http.post("/api/open-events/" + eventId + "/registrations", null,
                "{\"name\":\"%s\",\"email\":\"%s\",\"odsCode\":\"%s\",\"jobRole\":\"Improvement lead\"}".formatted(name, email, odsCode));
    }

    public static JsonNode manage(Http http, String eventId) {
        HttpResponse<String> response = http.get("/api/open-events/" + eventId + "/manage", MANAGER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    /** The registration id of an address, from the manager's view. */
    public static String idOf(Http http, String eventId, String email) {
        for (JsonNode registration : manage(http, eventId).path("registrations")) {
            if (registration.path("email").asString().equalsIgnoreCase(email) && !registration.path("status").asString().equals("CANCELLED")) {
                return registration.path("id").asString();
            }
        }
        throw new AssertionError("no registration of " + email);
    }
}
