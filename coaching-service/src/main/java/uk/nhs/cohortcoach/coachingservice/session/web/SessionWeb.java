package uk.nhs.cohortcoach.coachingservice.session.web;

/** Shared bits of the session endpoints. */
final class SessionWeb {

    /** An https address with a host and no spaces. */
    static final String HTTPS_URL = "https://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#]\\S*)?";

    private SessionWeb() {
    }
}
