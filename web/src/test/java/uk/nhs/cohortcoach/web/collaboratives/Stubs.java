package uk.nhs.cohortcoach.web.collaboratives;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** cohort-service as the collaborative pages' tests stub it: a cohort, a collaborative in it, coaches, a team. */
final class Stubs {

    static final String COLLABORATIVE = """
            {"id":"k1","cohortId":"c1","name":"Acute <b>Alliance</b>","sector":"ACUTE","ics":"South Yorkshire",
             "seniorResponsibleOfficer":null,"members":[{"odsCode":"RHQ","name":"Sheffield Teaching Hospitals"},{"odsCode":"RFR","name":null}],
             "priority":{"area":"Elective waits","core20":true,"imdEdition":"IMD_2025","plusGroups":["Carers"],"clinicalAreas":["CYP_ASTHMA"]},
             "plannedCoachingHours":24,"coachIds":["coach-1"],"version":3}""";

    private Stubs() {
    }

    static void cohort(String status) {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c1")).willReturn(json("""
                {"id":"c1","name":"Phase 3 <i>pilot</i>","phase":3,"description":null,"startDate":"2027-04-01","endDate":"2028-03-31",
                 "status":"%s","version":1}""".formatted(status))));
    }

    static void collaborative() {
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/k1")).willReturn(json(COLLABORATIVE)));
    }

    static void coaches() {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).withQueryParam("role", WireMock.equalTo("COACH")).willReturn(json("""
                {"items":[{"id":"coach-1","name":"Sam Coach","email":"sam@example.nhs.uk","roles":["COACH"]},
                          {"id":"coach-2","name":"Kim Coach","email":"kim@example.nhs.uk","roles":["COACH"]}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""")));
    }

    static void team(String participants) {
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/k1/participants")).willReturn(json("{\"participants\":[" + participants + "]}")));
    }

    static final String ALEX = """
            {"personId":"p-1","name":"Alex <Rahman>","email":"alex@example.nhs.uk","jobTitle":"Director","organisationOdsCode":"RHQ",
             "leadershipRole":"PUBLIC_HEALTH_LEAD","joinedOn":"2027-05-01","leftOn":null}""";

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }
}
