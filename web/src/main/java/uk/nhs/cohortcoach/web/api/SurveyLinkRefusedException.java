package uk.nhs.cohortcoach.web.api;

/**
 * survey-service would not open the survey behind a link: why, from its status and problem {@code reason}
 * (never from its wording), so the page can say what to do.
 */
public class SurveyLinkRefusedException extends RuntimeException {

    /** Why a link cannot be used now. */
    public enum Reason {
        /** 404: no invitation has this token. */
        UNKNOWN,
        /** 409 {@code not-open}: the wave is scheduled and has not opened yet. */
        NOT_OPEN,
        /** 409 {@code already-submitted} (or any other 409): the answers were submitted through this link. */
        ALREADY_ANSWERED,
        /** 410: the wave has closed. */
        CLOSED
    }

    private final Reason reason;

    public SurveyLinkRefusedException(Reason reason) {
        super("survey link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
