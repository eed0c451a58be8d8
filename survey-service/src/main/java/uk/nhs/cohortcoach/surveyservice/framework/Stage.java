package uk.nhs.cohortcoach.surveyservice.framework;

/** The five-stage answer scale, in order (0–4), so a median stage is well defined. */
public enum Stage {
    NOT_YET_STARTED, JUST_STARTED, UNDERWAY, SUBSTANTIAL_PROGRESS, FULLY_EMBEDDED
}
