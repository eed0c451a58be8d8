package uk.nhs.cohortcoach.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.manager;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** The layout and the pages web shows when a page cannot be shown. */
@PageTest
class ErrorPagesPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void reset() {
        StubbedPlatform.reset();
    }

    @Test
    void anUnknownAddressIsTheGovukPageNotFound() throws Exception {
        String html = mvc.perform(get("/no/such/page").with(manager()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Page not found – Cohort Coach</title>")
                .contains("<h1 class=\"govuk-heading-l\">Page not found</h1>")
                .contains("If you typed the web address, check it is correct.");
    }

    @Test
    void anOldAddressThatHasNotMovedIsPageNotFound() throws Exception {
        mvc.perform(get("/admin/nothing-here")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void anUnknownAddressAsksSomeoneNotSignedInToSignInFirst() throws Exception {
        mvc.perform(get("/no/such/page")).andExpect(redirectedUrl("/sign-in?next=%2Fno%2Fsuch%2Fpage"));
    }

    @Test
    void theLayoutHasTheNavigationOfThePersonsRolesAndNoInlineScript() throws Exception {
        String html = mvc.perform(get("/no/such/page").with(as("coach-9", Role.COACH)))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/admin/calendar\">Coaching calendar</a>")
                .contains("href=\"/admin/my-sessions\">My sessions</a>")
                .contains("href=\"/admin/preferences\">Email preferences</a>")
                .doesNotContain("href=\"/cohorts\"").doesNotContain("Surveys")
                .contains("<form method=\"post\" action=\"/sign-out\" class=\"app-sign-out\" id=\"sign-out\">")
                .contains("Sign out<span class=\"govuk-visually-hidden\"> Test person coach-9</span>")
                .contains("<meta name=\"cc-session-expires-at\" content=\"20")
                .contains("<script src=\"/web-assets/js/supported.js\"></script>")
                .contains("<script type=\"module\" src=\"/web-assets/js/init.mjs\"></script>")
                .contains("<a class=\"govuk-footer__link\" href=\"/privacy\">Privacy</a>")
                .contains("<dialog class=\"app-timeout-dialog\" id=\"timeout-warning\" aria-labelledby=\"timeout-warning-heading\"")
                .contains("<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" form=\"sign-out\">Sign out</button>");
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is a file (CSP script-src 'self')").contains("src=");
        }
    }

    @Test
    void nobodySignedInGetsNoTimeoutWarning() throws Exception {
        String html = mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("timeout-warning").doesNotContain("cc-session-expires-at");
    }

    @Test
    void govukFrontendAndWebsOwnAssetsAreServedWithoutSigningIn() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
        mvc.perform(get("/web-assets/js/init.mjs")).andExpect(status().isOk()).andExpect(content().string(containsString("initAll()")));
        mvc.perform(get("/web-assets/js/timeout-warning.mjs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("'/auth/refresh'")));
        mvc.perform(get("/web-assets/app.css")).andExpect(status().isOk()).andExpect(content().string(containsString(".app-scroll-region")));
    }
}
