package uk.nhs.cohortcoach.web.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Who is signed in, with the platform token the gateway issued them: kept only in the server-side
 * session, never sent to the browser.
 */
public record SignedInPerson(String username, String token, Instant expiresAt, List<String> roles) implements Serializable {

    @Override
    public String toString() {
        return "SignedInPerson[" + username + ", roles=" + roles + "]"; // never the token in a log
    }
}
