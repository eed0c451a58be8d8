package uk.nhs.cohortcoach.web.sessions;

/** An action agreed in a session, in words, for the session's page. Public: the template reads it. */
public record AgreedAction(String description, String owner, String due, SessionWords.Tag status) {
}
