package uk.nhs.cohortcoach.gateway.signin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * How people sign in at the gateway.
 *
 * @param throttle     limits on failed sign-ins
 * @param demoAccounts the seeded demo accounts (demo profile only; refused under {@code prod})
 * @param oidc         how an OIDC provider's claims become a platform person (production sign-in)
 */
@Validated
@ConfigurationProperties("cohort-coach.auth.sign-in")
record SignInProperties(
        @NotNull @Valid @DefaultValue Throttle throttle,
        @NotNull @Valid @DefaultValue DemoAccounts demoAccounts,
        @NotNull @Valid @DefaultValue Oidc oidc) {

    /**
     * @param maxFailures            failed attempts allowed per account (username), from any address, within the window
     * @param window                 how long failures are remembered, counted from the first one
     * @param maxTracked             most accounts (and, separately, addresses) remembered at once (bounds memory under attack)
     * @param maxFailuresPerAddress  failed attempts allowed from one client address, for any accounts, within the
     *                               window: high, because a whole NHS trust signs in from one egress address
     */
    record Throttle(
            @Min(1) @DefaultValue("5") int maxFailures,
            @NotNull @DefaultValue("PT15M") Duration window,
            @Min(100) @DefaultValue("100000") int maxTracked,
            @Min(1) @DefaultValue("200") int maxFailuresPerAddress) {
    }

    /**
     * @param enabled  whether {@code POST /auth/login} accepts the accounts below
     * @param accounts by username
     */
    record DemoAccounts(@DefaultValue("false") boolean enabled, Map<String, @Valid Account> accounts) {

        DemoAccounts {
            accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        }
    }

    /**
     * @param personId     the person's stable id (the token's {@code sub})
     * @param name         display name
     * @param passwordHash bcrypt hash of the password
     * @param roles        platform roles
     */
    record Account(
            @NotBlank String personId,
            @NotBlank String name,
            @NotNull @Pattern(regexp = "\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}", message = "must be a bcrypt hash")
            String passwordHash,
            @NotEmpty List<Role> roles) {
    }

    /**
     * @param personIdClaim the ID token / user-info claim holding the platform person id
     * @param rolesClaim    the claim listing the person's roles (values named as {@link Role})
     * @param successUrl    where the browser goes after signing in
     * @param displayName   the sign-in page's link to the provider, e.g. "Sign in with your NHS account"
     */
    record Oidc(
            @NotBlank @DefaultValue("sub") String personIdClaim,
            @NotBlank @DefaultValue("roles") String rolesClaim,
            @NotBlank @DefaultValue("/") String successUrl,
            @NotBlank @DefaultValue("Sign in with your NHS account") String displayName) {
    }
}
