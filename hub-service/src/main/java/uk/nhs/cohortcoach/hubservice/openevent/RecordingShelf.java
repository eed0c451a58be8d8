package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;

/**
 * Where an open event's recording is published: the knowledge hub's resources feature
 * ({@code resource.Resources#publishRecording}), which creates, or for the same open event updates, a published
 * {@code EVENT_RECORDING} resource for everyone and answers its id.
 */
public interface RecordingShelf {

    String publishRecording(String openEventId, String title, String summary, String videoLink, int durationMinutes, Instant now);
}
