package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.util.FileSystemUtils;
import uk.nhs.cohortcoach.localstack.RunLocalProcess;

/**
 * Signing in through a real OIDC authorization-code flow in a real browser: a local OIDC provider
 * (mock-oauth2-server with its login form, over HTTP on a free port) and a whole platform of its own
 * started by {@code ./run-local} with the provider configured only through environment variables, as in
 * production, and with demo accounts switched off. The provider's login form takes the subject and extra
 * claims: the subject is a demo person's id (the gateway's person id claim is {@code sub}), the
 * {@code roles} claim names the platform role, so each person lands on the pages for their role.
 */
class OidcSignInBrowserIT {

    private static final String ISSUER_ID = "nhs";
    private static final String MANAGER_ID = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0001";
    private static final String COACH_ID = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0002";

    private static MockOAuth2Server provider;
    private static RunLocalProcess stack;
    private static String baseUrl;

    @BeforeAll
    static void providerAndPlatform() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start(InetAddress.getByName("127.0.0.1"), 0);

        stack = new RunLocalProcess("oidc-stack");
        stack.environment.put("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NHS_CLIENT_ID", "cohort-coach-gateway");
        stack.environment.put("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NHS_CLIENT_SECRET", "not-a-real-secret");
        stack.environment.put("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NHS_SCOPE", "openid");
        stack.environment.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_NHS_ISSUER_URI", provider.issuerUrl(ISSUER_ID).toString());
        stack.environment.put("AUTH_DEMO_ACCOUNTS_ENABLED", "false");
        FileSystemUtils.deleteRecursively(stack.localDir);
        stack.start("oidc-stack-run").awaitRunning(Duration.ofMinutes(5));
        baseUrl = "http://localhost:" + stack.port("GATEWAY_PORT");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            RunLocalProcess stopper = new RunLocalProcess("oidc-stack");
            stopper.environment.putAll(stack.environment);
            stopper.start("oidc-stack-stop", "stop").awaitExit(Duration.ofMinutes(2));
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void aProgrammeManagerSignsInThroughTheOidcProviderAndLandsOnTheDashboard() throws Exception {
        try (Browser browser = Browser.open(baseUrl)) {
            browser.go("/");
            WebElement link = browser.visible(By.linkText("Sign in with your NHS account"));
            assertThat(link.getAttribute("href")).isEqualTo(baseUrl + "/oauth2/authorization/nhs");
            assertThat(browser.driver().findElements(By.id("password"))).as("no password form without demo accounts").isEmpty();
            browser.assertAccessible("sign-in with an OIDC provider only");
            browser.screenshot("sign-in-oidc");

            link.click();
            signInAtTheProvider(browser, MANAGER_ID, "{\"roles\": [\"PROGRAMME_MANAGER\"], \"name\": \"Morgan Ellis\"}");

            browser.waiting().until(d -> d.getCurrentUrl().equals(baseUrl + "/admin/"));
            assertThat(links(browser)).contains("Dashboard", "Cohorts", "Collaboratives", "Surveys").doesNotContain("My sessions");
            // the platform token issued after the OIDC sign-in is accepted by the services behind the gateway
            browser.visible(By.cssSelector("#progress table"));
            assertThat(browser.driver().findElement(By.id("progress")).getText()).contains("Acute Hospitals Alliance");
            browser.screenshot("manager-dashboard-after-oidc");
        }
    }

    @Test
    void aCoachSignsInThroughTheOidcProviderAndLandsOnTheirSessions() throws Exception {
        try (Browser browser = Browser.open(baseUrl)) {
            browser.go("/");
            browser.visible(By.linkText("Sign in with your NHS account")).click();
            signInAtTheProvider(browser, COACH_ID, "{\"roles\": [\"COACH\"], \"name\": \"Sam Okafor\"}");

            browser.waiting().until(d -> d.getCurrentUrl().equals(baseUrl + "/my-sessions"));
            assertThat(links(browser)).contains("My sessions", "Actions").doesNotContain("Dashboard", "Notifications");
            browser.visible(By.id("my-session-lists"));
        }
    }

    /** The provider's own login page (a different origin from the gateway): subject and extra claims as JSON. */
    private static void signInAtTheProvider(Browser browser, String subject, String claims) {
        browser.waiting().until(d -> d.getCurrentUrl().startsWith(provider.baseUrl() + ISSUER_ID + "/authorize"));
        browser.visible(By.name("username")).sendKeys(subject);
        browser.driver().findElement(By.name("claims")).sendKeys(claims);
        browser.driver().findElement(By.cssSelector("#sign-in input[type=submit]")).click();
    }

    private static List<String> links(Browser browser) {
        browser.visible(By.cssSelector("#app-nav a"));
        return browser.driver().findElements(By.cssSelector("#app-nav a")).stream().map(WebElement::getText).toList();
    }
}
