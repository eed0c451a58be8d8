package uk.nhs.cohortcoach.hubservice.resource.web;

/** The video of an event recording. */
record ResourceRecordingResponse(String videoLink, int durationMinutes) {
}
