package uk.nhs.cohortcoach.platform.test.sweep;

/**
 * One hostile request of the sweep.
 *
 * @param operation  e.g. {@code POST /api/cohorts} as the document names it
 * @param method     the HTTP method
 * @param target     path and query as sent (already percent-encoded)
 * @param what       what is hostile about it, for the report
 * @param field      the body field or parameter the hostile value sits in, or null for the whole request
 * @param body       the body bytes, or null for none
 * @param contentType the body's content type
 * @param mustRefuse true when no operation may accept the value: the answer must be a 4xx
 */
public record SweepCase(String operation, String method, String target, String what, String field, byte[] body,
        String contentType, boolean mustRefuse) {
}
