package uk.nhs.cohortcoach.gateway.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;

/**
 * Under the {@code prod} profile people can sign in only through OIDC (demo accounts are refused), so
 * the gateway refuses to start unless an OIDC client registration is complete: a client id, a client
 * secret and the provider's issuer URI, which also makes the ID token's issuer checked. Runs once the
 * configuration is read and before any bean exists, so the report names each missing setting and its
 * environment variable rather than whatever a half-built client registration would fail with later.
 */
class ProductionOidcCheck implements EnvironmentPostProcessor, Ordered {

    static final String CLIENT = "spring.security.oauth2.client";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        OAuth2ClientProperties client = Binder.get(environment).bind(CLIENT, OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        if (client.getRegistration().isEmpty()) {
            throw new UnsafeConfigurationException(
                    "The 'prod' profile is active but no OIDC client registration is configured: nobody could sign in "
                            + "(demo accounts are refused under 'prod').",
                    "Register the gateway with the OIDC provider and set, for a registration id of your choice such as "
                            + "ENTRA or CIS2: " + String.join(", ", List.of(
                                    described(CLIENT + ".registration.<id>.client-id"),
                                    described(CLIENT + ".registration.<id>.client-secret"),
                                    described(CLIENT + ".provider.<id>.issuer-uri")))
                            + ". See gateway/README.md, \"Production sign-in (OIDC)\".");
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, OAuth2ClientProperties.Registration> entry : client.getRegistration().entrySet()) {
            missing.addAll(missingSettings(entry.getKey(), entry.getValue(), client.getProvider()));
        }
        if (!missing.isEmpty()) {
            throw new UnsafeConfigurationException(
                    "The 'prod' profile is active but the OIDC client registration is incomplete; missing: "
                            + String.join("; ", missing) + ".",
                    "Set the missing settings (the client id and secret the provider issued to the gateway, and the "
                            + "provider's issuer URI). See gateway/README.md, \"Production sign-in (OIDC)\".");
        }
    }

    private static List<String> missingSettings(String id, OAuth2ClientProperties.Registration registration,
            Map<String, OAuth2ClientProperties.Provider> providers) {
        List<String> missing = new ArrayList<>();
        if (blank(registration.getClientId())) {
            missing.add("the client id, " + described(CLIENT + ".registration." + id + ".client-id"));
        }
        if (blank(registration.getClientSecret())) {
            missing.add("the client secret, " + described(CLIENT + ".registration." + id + ".client-secret"));
        }
        String providerId = blank(registration.getProvider()) ? id : registration.getProvider();
        OAuth2ClientProperties.Provider provider = providers.get(providerId);
        if (provider == null || blank(provider.getIssuerUri())) {
            missing.add("the provider's issuer URI, " + described(CLIENT + ".provider." + providerId + ".issuer-uri"));
        }
        return missing;
    }

    /** {@code a.b-c} as "a.b-c (environment variable A_B_C)". */
    static String described(String property) {
        String variable = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return property + " (environment variable " + variable + ")";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files and profiles are read
    }
}
