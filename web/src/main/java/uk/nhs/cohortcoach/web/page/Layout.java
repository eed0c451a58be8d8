package uk.nhs.cohortcoach.web.page;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * What the one layout needs on every page: the CSRF field for every form, who is signed in (null on the
 * sign-in and error pages when nobody is), their navigation with the current item marked, when their
 * sign-in expires (for the timeout warning) and a success message to show once (after POST-redirect-GET).
 */
public record Layout(String csrfParameter, String csrfToken, SignedInPerson person, List<Navigation.Item> navigation,
        String success) {

    public boolean signedIn() {
        return person != null;
    }

    public String personName() {
        return person == null ? null : person.name();
    }

    /** When the person's platform token expires, ISO-8601, for the timeout warning; null when nobody is signed in. */
    public String expiresAt() {
        Instant at = person == null ? null : person.expiresAt();
        return at == null ? null : at.toString();
    }
}
