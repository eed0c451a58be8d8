package uk.nhs.cohortcoach.gateway.signin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;
import uk.nhs.cohortcoach.gateway.token.SignedInPerson;

/**
 * The seeded demo accounts, checked against their bcrypt hashes. Refuses to exist under the
 * {@code prod} profile. Checking takes one bcrypt comparison whether or not the username exists,
 * so response times do not tell which usernames are real. Blocking (bcrypt is slow on purpose):
 * call it off the event loop.
 */
@Component
class DemoAccounts {

    /** bcrypt reads at most 72 bytes; a longer password cannot be one of ours. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, SignInProperties.Account> accounts;
    private final String unknownUserHash;

    DemoAccounts(SignInProperties properties, Environment environment) {
        SignInProperties.DemoAccounts demo = properties.demoAccounts();
        if (demo.enabled() && environment.matchesProfiles("prod")) {
            throw new UnsafeConfigurationException(
                    "Demo accounts are enabled but the 'prod' profile is active: anyone could sign in as "
                            + "manager/demo. The gateway refuses to start.",
                    "Switch the demo accounts off (AUTH_DEMO_ACCOUNTS_ENABLED=false, and do not activate the 'demo' "
                            + "profile in production); people sign in through the OIDC provider instead.");
        }
        this.accounts = demo.enabled()
                ? demo.accounts().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                        entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue))
                : Map.of();
        this.unknownUserHash = bcrypt.encode(UUID.randomUUID().toString());
    }

    /** The person, if the username names a demo account and the password is its password. */
    Optional<SignedInPerson> authenticate(String username, String password) {
        String key = username.toLowerCase(Locale.ROOT);
        SignInProperties.Account account = accounts.get(key);
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
        String hash = account == null || tooLong ? unknownUserHash : account.passwordHash();
        boolean matches = bcrypt.matches(tooLong ? "" : password, hash);
        if (account == null || tooLong || !matches) {
            return Optional.empty();
        }
        return Optional.of(new SignedInPerson(account.personId(), key, account.name(), account.roles()));
    }
}
