package uk.nhs.cohortcoach.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The sign-in page as the server draws it, so that it works without JavaScript. */
class SignInPageTest {

    private static final SignInOptions.Provider NHS = new SignInOptions.Provider("cis2", "Sign in with your NHS account");

    @Test
    void offersTheProviderAsALinkThatStartsTheAuthorizationCodeFlowAndHidesThePasswordFormWithoutDemoAccounts()
            throws Exception {
        String page = SignInPage.render(template(), new SignInOptions(List.of(NHS), false), false);

        assertThat(page).contains("<a href=\"/oauth2/authorization/cis2\"")
                .contains(">Sign in with your NHS account</a>")
                .doesNotContain("id=\"sign-in\"").doesNotContain("type=\"password\"")
                .doesNotContain("<!--sign-in:");
    }

    @Test
    void offersTheProviderAndTheDemoPasswordFormWhenDemoAccountsAreOn() throws Exception {
        String page = SignInPage.render(template(), new SignInOptions(List.of(NHS), true), false);

        assertThat(page).contains("href=\"/oauth2/authorization/cis2\"").contains("Or use a demo account")
                .contains("<form id=\"sign-in\" method=\"post\" action=\"/auth/login\"");
    }

    @Test
    void keepsOnlyThePasswordFormWhenNoProviderIsConfigured() throws Exception {
        String page = SignInPage.render(template(), new SignInOptions(List.of(), true), false);

        assertThat(page).contains("id=\"sign-in\"").doesNotContain("/oauth2/authorization/").doesNotContain("demo account");
    }

    @Test
    void escapesTheConfiguredDisplayName() throws Exception {
        SignInOptions options = new SignInOptions(List.of(new SignInOptions.Provider("entra", "Sign in with <Trust & Co>")), false);

        assertThat(SignInPage.render(template(), options, false)).contains(">Sign in with &lt;Trust &amp; Co&gt;</a>");
    }

    @Test
    void saysWhenSigningInFailedAtTheProvider() throws Exception {
        String page = SignInPage.render(template(), new SignInOptions(List.of(NHS), false), true);

        assertThat(page).contains("govuk-error-summary").contains("Signing in did not work");
    }

    @Test
    void saysSoWhenNoWayToSignInIsSetUp() throws Exception {
        assertThat(SignInPage.render(template(), new SignInOptions(List.of(), false), false))
                .contains("Signing in is not set up here yet.").doesNotContain("id=\"sign-in\"");
    }

    private static String template() throws Exception {
        return new ClassPathResource(SignInPage.TEMPLATE).getContentAsString(StandardCharsets.UTF_8);
    }
}
