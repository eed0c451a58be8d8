package uk.nhs.cohortcoach.coachingservice.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * What the API takes and gives as times, end to end: {@code startAt} with an offset is honoured as the
 * instant it names; {@code start} is London wall-clock time; every answer carries the local time with its
 * offset, so the two 01:30s of the autumn clock change are told apart; and the OpenAPI document says so
 * (no {@code date-time} format on a local time, which would promise an offset).
 */
@PlatformIntegrationTest
class SessionTimesIT {

    private static final String MANAGER = Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;

    private String collaborative() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new CohortView("cohort-" + suffix, "Phase 2", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "ACTIVE"));
        mongo.insert(new CollaborativeView("collab-" + suffix, "cohort-" + suffix, "Joined Up Care Derbyshire", List.of("coach-" + suffix), 40));
        mongo.insert(new PersonView("coach-" + suffix, "Coach " + suffix, "c@example.nhs.uk", Set.of("COACH"), List.of()));
        return suffix;
    }

    private static String session(String suffix, String timeField, String time) {
        return """
                {"collaborativeId":"collab-%1$s","coachId":"coach-%1$s","type":"TEAM_COACHING","title":"Board workshop",
                 "%2$s":"%3$s","durationMinutes":30}""".formatted(suffix, timeField, time);
    }

    @Test
    void anInstantWithAnOffsetIsHonouredAndAnsweredWithTheLocalTimeAndItsOffset() {
        String suffix = collaborative();

        HttpResponse<String> created = new Http(port).post("/api/sessions", MANAGER, session(suffix, "startAt", "2026-05-03T10:00:00Z"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = Http.json(created);
        assertThat(body.get("startsAt").asString()).isEqualTo("2026-05-03T10:00:00Z");
        assertThat(body.get("localStart").asString()).isEqualTo("2026-05-03T11:00:00+01:00");
        assertThat(body.get("localEnd").asString()).isEqualTo("2026-05-03T11:30:00+01:00");
    }

    @Test
    void theTwoOneThirtiesOfTheAutumnChangeAreToldApartByTheirOffsets() {
        String suffix = collaborative();
        Http http = new Http(port);

        HttpResponse<String> first = http.post("/api/sessions", MANAGER, session(suffix, "start", "2026-10-25T01:30"));
        HttpResponse<String> second = http.post("/api/sessions", MANAGER, session(suffix, "startAt", "2026-10-25T01:30:00+00:00"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(Http.json(first).get("startsAt").asString()).as("a local 01:30 is the first, in BST").isEqualTo("2026-10-25T00:30:00Z");
        assertThat(Http.json(first).get("localStart").asString()).isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(Http.json(second).get("startsAt").asString()).isEqualTo("2026-10-25T01:30:00Z");
        assertThat(Http.json(second).get("localStart").asString()).isEqualTo("2026-10-25T01:30:00Z");
        String id = Http.json(second).get("id").asString();
        assertThat(Http.json(http.get("/api/sessions/" + id, MANAGER)).get("localStart").asString()).isEqualTo("2026-10-25T01:30:00Z");
    }

    @Test
    void theDocumentGivesALocalTimeNoDateTimeFormatAndAnInstantOne() {
        JsonNode schemas = Http.json(new Http(port).get("/v3/api-docs", null)).get("components").get("schemas");

        for (String request : List.of("ScheduleRequest", "SeriesRequest", "RescheduleRequest")) {
            JsonNode start = schemas.get(request).get("properties").get("start");
            assertThat(start.has("format")).as(request + ".start: " + start).isFalse();
            assertThat(start.get("pattern").asString()).as(request + ".start").doesNotContain("Z");
            assertThat(start.get("description").asString()).as(request + ".start").contains("Europe/London").contains("without an offset");
            assertThat(schemas.get(request).get("properties").get("startAt").get("format").asString()).isEqualTo("date-time");
        }
        assertThat(schemas.get("SessionResponse").get("properties").get("localStart").get("format").asString()).isEqualTo("date-time");
    }
}
