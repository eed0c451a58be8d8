package uk.nhs.cohortcoach.web.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** hub-service as the hub's page tests stub it: its taxonomy, resources, and cohort-service's cohorts for the cohort select. */
final class HubStubs {

    static final String TAXONOMY = """
            {"kinds":[{"code":"BOARD_RESOURCE","label":"Board resource"},{"code":"EVENT_RECORDING","label":"Event recording"},
                      {"code":"INSIGHT_DIGEST","label":"Insight digest"},{"code":"CASE_STUDY","label":"Case study"},{"code":"TOOL","label":"Tool"}],
             "components":[{"code":"SHARED_PURPOSE_AND_VISION","label":"Shared purpose and vision"},
                           {"code":"PEOPLE_AND_CULTURE","label":"People and culture"},
                           {"code":"LEADERSHIP_BEHAVIOURS","label":"Leadership behaviours"},
                           {"code":"IMPROVEMENT_CAPABILITY_AND_CAPACITY","label":"Improvement capability and capacity"},
                           {"code":"MANAGEMENT_SYSTEMS_AND_PROCESSES","label":"Management systems and processes"},
                           {"code":"EMBEDDING_EQUITY","label":"Embedding equity"}],
             "themes":[{"code":"ADULT_HYPERTENSION","label":"Hypertension","group":"Clinical areas"},
                       {"code":"CYP_ASTHMA","label":"Asthma (children and young people)","group":"Clinical areas"},
                       {"code":"CORE20","label":"Core20: the most deprived 20%","group":"Population groups"},
                       {"code":"PLUS_COASTAL_RURAL","label":"Coastal and rural communities","group":"Population groups"}],
             "audiences":[{"code":"EVERYONE","label":"Everyone"},{"code":"MEMBERS","label":"Members (signed in)"},
                          {"code":"COHORT","label":"One cohort"}]}""";

    private HubStubs() {
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    static void taxonomy() {
        API.stubFor(WireMock.get(urlEqualTo("/api/resources/taxonomy")).willReturn(json(TAXONOMY)));
    }

    static void cohorts() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[{"id":"c2","name":"Phase 2","phase":2,"description":null,"startDate":"2026-04-01","endDate":"2027-03-31",
                  "status":"ACTIVE","version":3}],"page":0,"size":100,"totalItems":1,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c2")).willReturn(json("""
                {"id":"c2","name":"Phase 2","phase":2,"description":null,"startDate":"2026-04-01","endDate":"2027-03-31",
                 "status":"ACTIVE","version":3}""")));
    }

    /** A resource as hub-service answers a manager: {@code status}, its Markdown body, version 4. */
    static String resource(String id, String kind, String title, String status) {
        return """
                {"id":"%s","kind":"%s","title":"%s","summary":"What boards ask about equity","body":"## Questions\\n\\n- Who is missing?",
                 "bodyHtml":"<h2>Questions</h2><ul><li>Who is missing?</li></ul>",
                 "links":[{"title":"NHS England: Core20PLUS5","url":"https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/core20plus5/"},
                          {"title":"Bad link","url":"javascript:alert(1)"}],
                 "attachments":[{"id":"a1","fileName":"board-pack.pdf","contentType":"application/pdf","size":1258291}],
                 "components":["EMBEDDING_EQUITY"],"themes":["CORE20"],"audience":"EVERYONE","cohortId":null,"status":"%s",
                 "recording":null,"openEventId":null,"publishedAt":"2026-11-02T10:00:00Z","updatedAt":"2026-11-03T10:00:00Z","version":4,
                 "related":[{"id":"r9","kind":"TOOL","title":"Equity pause cards","summary":"Cards","components":[],"themes":[],
                             "audience":"EVERYONE","publishedAt":"2026-10-01T10:00:00Z"}]}""".formatted(id, kind, title, status);
    }
}
