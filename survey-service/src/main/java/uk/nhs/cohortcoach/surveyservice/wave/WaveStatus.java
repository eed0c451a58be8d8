package uk.nhs.cohortcoach.surveyservice.wave;

/** A wave takes responses while open; closed by hand or at its closing time. */
public enum WaveStatus {
    OPEN, CLOSED
}
