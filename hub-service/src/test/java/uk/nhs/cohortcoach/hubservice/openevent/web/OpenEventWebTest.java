package uk.nhs.cohortcoach.hubservice.openevent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.hubservice.HubWebSlice;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisation;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;
import uk.nhs.cohortcoach.hubservice.organisation.Sector;
import uk.nhs.cohortcoach.hubservice.registration.Registering;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * Who may call which open-event path, decided before the body is read; the anonymous paths open to anyone; and
 * the words of the start and registration rules.
 */
class OpenEventWebTest extends HubWebSlice {

    private static final String EVENT = "/api/open-events/e1";

    @Autowired
    private OpenEvents events;

    @Autowired
    private Registering registering;

    @Autowired
    private MemberOrganisations organisations;

    @BeforeEach
    void now() {
        when(events.now()).thenReturn(Instant.parse("2027-01-01T09:00:00Z"));
        when(organisations.find(anyString())).thenReturn(Optional.empty());
        when(organisations.find("RJ1")).thenReturn(Optional.of(new MemberOrganisation("RJ1", "Guy's", Sector.ACUTE, "London")));
    }

    @Test
    void everyManagersWriteIsRefusedToOtherRolesBeforeItsBodyIsRead() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            String token = Http.bearer("p1", role);
            assertThat(http.post("/api/open-events", token, "not json").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(http.put(EVENT, token, "not json").statusCode()).isEqualTo(403);
            assertThat(http.post(EVENT + "/cancel", token, "not json").statusCode()).isEqualTo(403);
            assertThat(http.post(EVENT + "/attendance", token, "not json").statusCode()).isEqualTo(403);
            assertThat(http.request("POST", EVENT + "/attendance/import").authorization(token).body("text/csv", "x").send()
                    .statusCode()).isEqualTo(403);
            assertThat(http.post(EVENT + "/recording", token, "not json").statusCode()).isEqualTo(403);
            assertThat(http.post("/api/member-organisations", token, "not json").statusCode()).isEqualTo(403);
            assertThat(http.get(EVENT + "/manage", token).statusCode()).isEqualTo(403);
            assertThat(http.get(EVENT + "/feedback", token).statusCode()).isEqualTo(403);
            assertThat(http.get(EVENT + "/reach", token).statusCode()).isEqualTo(403);
            assertThat(http.get("/api/open-events/reach", token).statusCode()).isEqualTo(403);
        }
        assertThat(http.post("/api/open-events", null, "not json").statusCode()).isEqualTo(401);
        assertThat(http.get(EVENT + "/manage", null).statusCode()).isEqualTo(401);
        verify(events, never()).schedule(any());
    }

    @Test
    void registeringTheLinksAndThePublicReadsNeedNoSignIn() {
        when(events.list(true)).thenReturn(List.of());
        when(organisations.list()).thenReturn(List.of());

        assertThat(http.get("/api/open-events", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/member-organisations", null).statusCode()).isEqualTo(200);
        assertThatProblem(http.post(EVENT + "/registrations", null, "not json")).hasStatus(400);
        assertThatProblem(http.post("/api/open-events/feedback/t1", null, "not json")).hasStatus(400);
        HttpResponse<String> accepted = http.post(EVENT + "/registrations", null,
                "{\"name\":\"Ana\",\"email\":\"ana@example.org\",\"odsCode\":\" rj1 \",\"jobRole\":\"Nurse\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(Http.json(accepted).path("message").asString()).startsWith("Thank you.");
        verify(registering).register(org.mockito.ArgumentMatchers.eq("e1"),
                org.mockito.ArgumentMatchers.argThat(r -> r.odsCode().equals("RJ1") && r.email().equals("ana@example.org")));
    }

    @Test
    void registrationNamesEveryFieldAtFaultInPlainWords() {
        HttpResponse<String> response = http.post(EVENT + "/registrations", null,
                "{\"name\":\"\",\"email\":\"ana\",\"odsCode\":\"XX1\",\"jobRole\":\"" + "j".repeat(101) + "\"}");

        assertThatProblem(response).hasStatus(400).hasFieldError("name").hasFieldError("email").hasFieldError("odsCode")
                .hasFieldError("jobRole");
        assertThat(response.body()).contains("Enter your full name", "Enter an email address in the correct format, like name@example.com",
                "Select your organisation from the list of member organisations", "Job role must be 100 characters or fewer");
    }

    @Test
    void aStartThatDoesNotExistInLondonOrHasPassedIsRefusedNamingTheStart() {
        String body = """
                {"title":"T","summary":"S","description":"D","speakers":[],"start":"%s","durationMinutes":60,"capacity":10,
                 "joiningLink":"%s"}""";

        HttpResponse<String> gap = http.post("/api/open-events", Http.bearer("m", Role.PROGRAMME_MANAGER),
                body.formatted("2027-03-28T01:30", "https://teams.example/j"));
        HttpResponse<String> past = http.post("/api/open-events", Http.bearer("m", Role.PROGRAMME_MANAGER),
                body.formatted("2026-12-31T12:00", "http://insecure.example/j"));

        assertThatProblem(gap).hasStatus(400).hasFieldError("start");
        assertThat(gap.body()).contains("There is no 01:30 on 28 March 2027 in London because the clocks go forward. Choose another time");
        assertThatProblem(past).hasStatus(400).hasFieldError("start").hasFieldError("joiningLink");
        assertThat(past.body()).contains("The start must be in the future", "Enter the joining link as a web address starting with https://");
        verify(events, never()).schedule(any());
    }

    @Test
    void aChangeWithoutTheVersionItWasLoadedAtIsRefusedNamingTheVersion() {
        String body = """
                {"title":"T","summary":"S","description":"D","speakers":[],"start":"2027-02-01T12:00","durationMinutes":60,
                 "capacity":10,"joiningLink":"https://teams.example/j"}""";

        HttpResponse<String> response = http.put(EVENT, Http.bearer("m", Role.PROGRAMME_MANAGER), body);

        assertThatProblem(response).hasStatus(400).hasFieldError("version");
        assertThat(response.body()).contains("Reload the event and make your change again");
        verify(events, never()).change(anyString(), any(), org.mockito.ArgumentMatchers.anyLong());
    }
}
