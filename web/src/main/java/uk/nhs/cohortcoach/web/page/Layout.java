package uk.nhs.cohortcoach.web.page;

/**
 * What the one layout needs on every page: the CSRF field for its forms (sign-out), who is signed in
 * (null on the sign-in page) and the path, to mark the current item in the service navigation.
 */
public record Layout(String csrfParameter, String csrfToken, String username, String path) {

    public boolean current(String prefix) {
        return path != null && path.startsWith(prefix);
    }
}
