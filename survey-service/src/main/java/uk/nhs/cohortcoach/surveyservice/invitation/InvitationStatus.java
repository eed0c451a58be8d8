package uk.nhs.cohortcoach.surveyservice.invitation;

/** Issued (possibly with a saved draft) until submitted; a submitted invitation cannot submit again. */
public enum InvitationStatus {
    ISSUED, SUBMITTED
}
