package uk.nhs.cohortcoach.web.signin;

import java.util.List;

/**
 * How people sign in here, as the gateway's {@code GET /auth/options} says: the password form (while demo
 * accounts are on) and a link per OIDC provider.
 */
public record SignInOptions(boolean passwordSignIn, List<Provider> providers) {

    public SignInOptions {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    /** One OIDC provider: the link's text and where it starts ({@code /oauth2/authorization/<id>}). */
    public record Provider(String id, String label, String path) {
    }
}
