package uk.nhs.cohortcoach.gateway.signin;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The ways to sign in that this gateway offers: a link per configured OIDC provider (each starting the
 * authorization-code flow at {@code /oauth2/authorization/<registration id>}), and the username and
 * password form only while demo accounts are enabled.
 */
final class SignInOptions {

    /** One OIDC provider as the sign-in page offers it. */
    record Provider(String registrationId, String label) {

        String authorizationPath() {
            return "/oauth2/authorization/" + registrationId;
        }
    }

    private final List<Provider> providers;
    private final boolean passwordSignIn;

    SignInOptions(List<Provider> providers, boolean passwordSignIn) {
        this.providers = List.copyOf(providers);
        this.passwordSignIn = passwordSignIn;
    }

    /** From the configuration: the OIDC client registrations (if any) and whether demo accounts are enabled. */
    static SignInOptions of(SignInProperties properties, ReactiveClientRegistrationRepository registrations) {
        return new SignInOptions(providers(registrations, properties.oidc().displayName()), properties.demoAccounts().enabled());
    }

    List<Provider> providers() {
        return providers;
    }

    boolean passwordSignIn() {
        return passwordSignIn;
    }

    /**
     * Spring Boot's repository lists its registrations; with one provider (the usual case) its link says
     * the configured display name, with several each says its registration's client name.
     */
    private static List<Provider> providers(ReactiveClientRegistrationRepository repository, String displayName) {
        List<ClientRegistration> registrations = new ArrayList<>();
        if (repository instanceof Iterable<?> iterable) {
            for (Object registration : iterable) {
                if (registration instanceof ClientRegistration client
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(client.getAuthorizationGrantType())) {
                    registrations.add(client);
                }
            }
        }
        return registrations.stream()
                .map(client -> new Provider(client.getRegistrationId(),
                        registrations.size() == 1 ? displayName : "Sign in with " + client.getClientName()))
                .toList();
    }
}
