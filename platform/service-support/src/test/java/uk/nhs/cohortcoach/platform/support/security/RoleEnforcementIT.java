package uk.nhs.cohortcoach.platform.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;

/** A service built on service-support enforces roles with {@code @PreAuthorize} and answers refusals as problems. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"spring.application.name=probe-service", "spring.mongodb.database=probe"})
class RoleEnforcementIT {

    private static final String COACH_ID = "c0ac4000-0000-4000-8000-000000000001";

    @LocalServerPort
    private int port;

    @Test
    void letsAPersonWithTheRoleInAndKnowsThemByTheirPersonId() throws Exception {
        HttpResponse<String> response = get("/probe/coaches-only", TestTokens.forRoles(COACH_ID, Role.COACH), "role-ok");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(COACH_ID + " [ROLE_COACH]");
    }

    @Test
    void refusesAPersonWithoutTheRoleWith403ProblemAndCorrelationId() throws Exception {
        HttpResponse<String> response = get("/probe/coaches-only",
                TestTokens.forRoles(COACH_ID, Role.PARTICIPANT), "role-denied");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":403")
                .contains("\"type\":\"https://cohort-coach.nhs.uk/problems/forbidden\"")
                .contains("\"correlationId\":\"role-denied\"")
                .contains("\"instance\":\"/probe/coaches-only\"")
                .doesNotContain("Exception");
    }

    @Test
    void grantsEachRoleOfATokenWithSeveralRoles() throws Exception {
        String token = TestTokens.forRoles(COACH_ID, Role.PARTICIPANT, Role.PROGRAMME_MANAGER);

        assertThat(get("/probe/managers-only", token, "several-1").statusCode()).isEqualTo(200);
        assertThat(get("/probe/coaches-only", token, "several-2").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAnyoneWithoutATokenBeforeReachingTheMethod() throws Exception {
        HttpResponse<String> response = get("/probe/coaches-only", null, "no-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("\"correlationId\":\"no-token\"");
    }

    private HttpResponse<String> get(String path, String token, String correlationId) {
        return new Http(port).request("GET", path).authorization(token == null ? null : "Bearer " + token)
                .header("X-Correlation-Id", correlationId).send();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ProbeController.class)
    static class ProbeApplication {
    }

    @RestController
    static class ProbeController {

        @GetMapping("/probe/coaches-only")
        @PreAuthorize("hasRole('COACH')")
        String coachesOnly(Authentication authentication) {
            return authentication.getName() + " " + authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).filter(authority -> authority.startsWith("ROLE_")).toList();
        }

        @GetMapping("/probe/managers-only")
        @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
        String managersOnly() {
            return "ok";
        }
    }
}
