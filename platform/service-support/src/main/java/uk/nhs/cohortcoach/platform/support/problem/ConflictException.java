package uk.nhs.cohortcoach.platform.support.problem;

/**
 * The request is well-formed but clashes with the current state (a session already cancelled, a wave
 * already closed): answered 409 with a {@code conflict} problem. The message is shown to the client
 * as the problem's detail, so write it for them and reveal nothing internal.
 */
public class ConflictException extends RuntimeException {

    private final String reason;

    /** @param detail what clashes, in words for the client: "The wave is already closed." */
    public ConflictException(String detail) {
        this(detail, null);
    }

    /**
     * @param detail what clashes, in words for the client
     * @param reason a stable code a client may branch on (the problem's {@code reason} property), e.g.
     *               {@code already-submitted}; the detail's wording may change, the code does not
     */
    public ConflictException(String detail, String reason) {
        super(detail);
        this.reason = reason;
    }

    /** The stable code, or null. */
    public String reason() {
        return reason;
    }
}
