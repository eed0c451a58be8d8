package uk.nhs.cohortcoach.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** hub-service's open-events API as the page tests stub it: events as JSON, times relative to now. */
final class EventStubs {

    private EventStubs() {
    }

    /** A whole minute {@code days} from now (negative: in the past). */
    static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(days));
    }

    /** An event's JSON: {@code extra} is added as more fields (e.g. {@code "registrations":[...]}). */
    static String event(String id, String title, Instant startsAt, int capacity, int placesLeft, int waitingList, String status,
            String recordingResourceId, String extra) {
        return """
                {"id":"%s","title":"%s","summary":"A summary of %s","startsAt":"%s","endsAt":"%s","timeZone":"Europe/London",
                 "capacity":%d,"placesLeft":%d,"waitingList":%d,"status":"%s","recordingResourceId":%s%s}""".formatted(
                id, title, id, startsAt, startsAt.plus(Duration.ofMinutes(60)), capacity, placesLeft, waitingList, status,
                recordingResourceId == null ? "null" : "\"" + recordingResourceId + "\"", extra == null || extra.isEmpty() ? "" : "," + extra);
    }

    static void stubGet(String path, String body) {
        API.stubFor(WireMock.get(urlEqualTo(path)).willReturn(json(200, body)));
    }

    static void stubPost(String path, int status, String body) {
        API.stubFor(WireMock.post(urlEqualTo(path)).willReturn(json(status, body)));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(status);
        if (body == null) {
            return answer;
        }
        return answer.withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }

    static String problem(int status, String detail, String errors) {
        return """
                {"type":"about:blank","title":"Invalid request","status":%d,"detail":"%s","errors":%s}""".formatted(status, detail, errors);
    }

    /** Three member organisations, one whose name holds markup. */
    static void stubOrganisations() {
        stubGet("/api/member-organisations", """
                [{"odsCode":"RHQ","name":"Sheffield Teaching Hospitals NHS Foundation Trust","sector":"ACUTE","region":"North East and Yorkshire"},
                 {"odsCode":"RXG","name":"South West Yorkshire <b>Partnership</b> NHS Foundation Trust","sector":"MENTAL_HEALTH","region":"North East and Yorkshire"},
                 {"odsCode":"QF7","name":"NHS South Yorkshire Integrated Care Board","sector":"INTEGRATED_CARE_BOARD","region":"North East and Yorkshire"}]""");
    }
}
