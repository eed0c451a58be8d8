package uk.nhs.cohortcoach.web.surveys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** survey-service and cohort-service as the survey page tests stub them. */
final class SurveyStubs {

    private SurveyStubs() {
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    static void cohorts() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[{"id":"c1","name":"Phase 1 <b>North</b>","phase":1,"startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":1},
                          {"id":"c2","name":"Phase 2","phase":2,"startDate":"2027-04-01","endDate":"2028-03-31","status":"PLANNED","version":0}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c1")).willReturn(json("""
                {"id":"c1","name":"Phase 1 <b>North</b>","phase":1,"startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":1}""")));
    }

    static void frameworks() {
        API.stubFor(WireMock.get(urlEqualTo("/api/frameworks")).willReturn(json("""
                [{"frameworkId":"pha-maturity","number":1,"name":"Population health maturity","frozen":true,"version":1},
                 {"frameworkId":"pha-maturity","number":2,"name":"Population health maturity","frozen":false,"version":0}]""")));
    }

    /** w-open: open, 12 invited, 7 responded; w-small: closed, its responses hidden; w-later: scheduled. */
    static void waves() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/waves")).willReturn(json("""
                {"items":[
                  {"id":"w-later","cohortId":"c1","label":"end","frameworkId":"pha-maturity","frameworkNumber":2,
                   "opensAt":"2030-07-01T08:00:00Z","closesAt":"2030-07-15T16:00:00Z","status":"SCHEDULED","reminders":[],
                   "counts":{"invited":0,"submitted":null,"suppressed":true,"note":"fewer than 5"}},
                  {"id":"w-open","cohortId":"c1","label":"midpoint","frameworkId":"pha-maturity","frameworkNumber":2,
                   "opensAt":"2026-11-02T09:00:00Z","closesAt":"2026-12-20T17:00:00Z","status":"OPEN",
                   "reminders":[{"dueAt":"2026-12-13T17:00:00Z","state":"DUE"}],
                   "counts":{"invited":12,"submitted":7,"suppressed":false,"note":null}},
                  {"id":"w-small","cohortId":"c2","label":"Pilot <i>round</i>","frameworkId":"pha-maturity","frameworkNumber":1,
                   "opensAt":"2026-04-01T08:00:00Z","closesAt":"2026-04-15T16:00:00Z","status":"CLOSED","closedAt":"2026-04-10T12:00:00Z",
                   "closedBy":"manager-1","reminders":[],
                   "counts":{"invited":9,"submitted":null,"suppressed":true,"note":"fewer than 5"}}],
                 "page":0,"size":100,"totalItems":3,"totalPages":1}""")));
    }

    static void wave(String id, String status) {
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/" + id)).willReturn(json("""
                {"id":"%s","cohortId":"c1","label":"midpoint","frameworkId":"pha-maturity","frameworkNumber":2,
                 "opensAt":"2026-11-02T09:00:00Z","closesAt":"2026-12-20T17:00:00Z","status":"%s",
                 "reminders":[{"dueAt":"2026-12-13T17:00:00Z","state":"DUE"}],
                 "counts":{"invited":12,"submitted":7,"suppressed":false,"note":null}}""".formatted(id, status))));
    }
}
