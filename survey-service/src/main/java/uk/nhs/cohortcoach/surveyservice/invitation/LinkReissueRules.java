package uk.nhs.cohortcoach.surveyservice.invitation;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a survey link may be sent again: no sooner than {@link #MINIMUM_GAP} after the last time, so "Send me my
 * link again" cannot be used to fill someone's inbox (the first time is always allowed).
 */
public final class LinkReissueRules {

    public static final Duration MINIMUM_GAP = Duration.ofMinutes(1);

    private LinkReissueRules() {
    }

    /** The first moment the link may be sent again after it was last sent again at {@code last} (null: never). */
    public static Instant allowedFrom(Instant last) {
        return last == null ? Instant.MIN : last.plus(MINIMUM_GAP);
    }

    public static boolean allowed(Instant last, Instant now) {
        return !now.isBefore(allowedFrom(last));
    }

    static void requireAllowed(Instant last, Instant now) {
        if (!allowed(last, now)) {
            throw new TooSoonException(allowedFrom(last));
        }
    }

    /** Asked again within the gap: answered 429. */
    public static final class TooSoonException extends RuntimeException {

        private final transient Instant allowedFrom;

        TooSoonException(Instant allowedFrom) {
            super("Your link was sent again less than a minute ago. Check your email, or try again in a minute.");
            this.allowedFrom = allowedFrom;
        }

        /** When asking again will be allowed. */
        public Instant allowedFrom() {
            return allowedFrom;
        }
    }
}
