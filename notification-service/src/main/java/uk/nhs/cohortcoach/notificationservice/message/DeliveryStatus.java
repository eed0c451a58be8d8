package uk.nhs.cohortcoach.notificationservice.message;

/**
 * Where a message is in its life, in GOV.UK Notify's words where Notify has one.
 *
 * <ul>
 *   <li>{@code PENDING}: owed and waiting for its due time, or for the provider to come back (see attempts, last error);</li>
 *   <li>{@code SENDING}: accepted by Notify, which is delivering it (its callback settles it);</li>
 *   <li>{@code DELIVERED}: Notify (or, with no Notify key, the local log channel) delivered it;</li>
 *   <li>{@code PERMANENT_FAILURE}: it cannot be delivered as it is (bad address, rejected request, unknown person);</li>
 *   <li>{@code TEMPORARY_FAILURE}: the inbox was full or unavailable (Notify's callback);</li>
 *   <li>{@code TECHNICAL_FAILURE}: Notify's own failure, or it could not be handed to Notify for too long;</li>
 *   <li>{@code WITHDRAWN}: no longer wanted before it went (session cancelled or moved, action done, survey answered, person left or opted out).</li>
 * </ul>
 * A programme manager may retry any of the three failures.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    DELIVERED,
    PERMANENT_FAILURE,
    TEMPORARY_FAILURE,
    TECHNICAL_FAILURE,
    WITHDRAWN;

    public boolean isFailure() {
        return this == PERMANENT_FAILURE || this == TEMPORARY_FAILURE || this == TECHNICAL_FAILURE;
    }
}
