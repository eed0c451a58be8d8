package uk.nhs.cohortcoach.platform.support.problem;

/**
 * The request is well-formed but clashes with the current state (a session already cancelled, a wave
 * already closed): answered 409 with a {@code conflict} problem. The message is shown to the client
 * as the problem's detail, so write it for them and reveal nothing internal.
 */
public class ConflictException extends RuntimeException {

    /** @param detail what clashes, in words for the client: "The wave is already closed." */
    public ConflictException(String detail) {
        super(detail);
    }
}
