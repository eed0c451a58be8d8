package uk.nhs.cohortcoach.web.sessions;

/** One entry of a log's history, in words, for the session's page. Public: the template reads it. */
public record LogChange(String when, String who, String what, String details) {
}
