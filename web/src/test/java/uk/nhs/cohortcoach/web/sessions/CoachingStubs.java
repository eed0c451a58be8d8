package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Stubs of coaching-service and cohort-service as the coaching pages call them; times relative to now. */
final class CoachingStubs {

    private CoachingStubs() {
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    /** An instant {@code hours} from now (negative: ago), on the minute. */
    static Instant hoursFromNow(long hours) {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(hours));
    }

    /** A session as the API answers it, starting {@code startsInHours} from now, an hour long. */
    static String session(String id, String title, String coachId, long startsInHours, String status, boolean logged) {
        Instant start = hoursFromNow(startsInHours);
        return """
                {"id":"%s","cohortId":"cohort-1","collaborativeId":"col-1","coachId":"%s","type":"TEAM_COACHING","title":"%s",
                 "startsAt":"%s","endsAt":"%s","timeZone":"Europe/London","durationMinutes":60,"location":"Room 4",
                 "videoLink":null,"inviteeIds":["p1","p2"],"seriesId":null,"status":"%s","cancelReason":null,"sequence":0,
                 "version":7,"logged":%s,"logEditableUntil":"%s","notHeldReason":null}"""
                .formatted(id, coachId, title, start, start.plus(Duration.ofHours(1)), status, logged, start.plus(Duration.ofDays(14)));
    }

    static void stubSession(String json, String id) {
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/" + id)).willReturn(json(json)));
    }

    /** The collaborative "North <Team>" (escaping) with coach-1, and its team p1 "Asha Patel", p2 "Ben <b>Jones</b>". */
    static void stubDirectory() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[{"id":"col-1","cohortId":"cohort-1","name":"North <Team>","coachIds":["coach-1"]}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/col-1/participants")).willReturn(json("""
                {"collaborativeId":"col-1","includePast":false,"participants":[
                  {"personId":"p1","name":"Asha Patel"},{"personId":"p2","name":"Ben <b>Jones</b>"}]}""")));
    }
}
