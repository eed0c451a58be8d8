package uk.nhs.cohortcoach.hubservice.resource;

/** The video of an event recording: an https link and how long it runs, in minutes. */
public record Recording(String videoLink, int durationMinutes) {
}
