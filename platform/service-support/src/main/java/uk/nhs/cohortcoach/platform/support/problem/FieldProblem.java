package uk.nhs.cohortcoach.platform.support.problem;

/**
 * One field the client got wrong: where it is, as a JSON path of the request as sent (for example
 * {@code members[0].odsCode}, or the name of a query or path parameter; empty for the request body
 * as a whole), and what is wrong with it.
 */
record FieldProblem(String field, String message) {
}
