package uk.nhs.cohortcoach.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class WebPagesTest {

    private final WebPages webPages = new WebPages();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/cohorts", "/cohorts/42", "/respond/abc", "/admin/no-such-page", "/admin/cohorts.html",
        "/assets/app.js", "/web-assets/app.css", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
        "/webjars/chart.js/dist/chart.umd.min.js", "/assets/js/init.mjs", "/assets/pages/no-such-module.js", "/favicon.ico", "/apis", "/authentic"})
    void sendsEveryPathThatIsNotTheGatewaysOwnToTheWebModule(String path) {
        assertThat(webPages.test(get(path))).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cohorts", "/api/unknown/thing", "/auth/login", "/auth/options", "/oauth2/authorization/nhs",
        "/login/oauth2/code/nhs", "/.well-known/jwks.json", "/actuator/health", "/api-docs", "/v3/api-docs/cohort",
        "/webjars/swagger-ui/index.html", "/swagger-ui/index.html",
        "/gateway/fallback/web"})
    void keepsTheGatewaysOwnPaths(String path) {
        assertThat(webPages.test(get(path))).as(path).isFalse();
    }

    private static MockServerWebExchange get(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }
}
