package uk.nhs.cohortcoach.notificationservice.notify;

/** What came of handing one {@link Email} to the channel (after the channel's own retries). */
public sealed interface SendOutcome {

    /**
     * The provider took it.
     *
     * @param providerReference the provider's id for it (Notify's notification id)
     * @param delivered         true when taking it is delivering it (the log channel); false when a
     *                          delivery callback will follow (Notify)
     */
    record Accepted(String providerReference, boolean delivered) implements SendOutcome {
    }

    /** The provider refused it for good (Notify 400 or 403): sending it again as it is cannot help. */
    record Rejected(int httpStatus, String reason) implements SendOutcome {
    }

    /**
     * The provider could not be reached or asked us to wait (5xx, 429, timeout, circuit open, rate
     * limit): the message should be tried again later.
     *
     * @param providerCalled true when a request was actually made (it failed); false when none was: the circuit
     *                       was open or no rate-limit permit came in time. Only a call counts as an attempt, so a
     *                       long outage behind an open circuit does not use up a message's attempts
     */
    record Unavailable(String reason, boolean providerCalled) implements SendOutcome {
    }
}
