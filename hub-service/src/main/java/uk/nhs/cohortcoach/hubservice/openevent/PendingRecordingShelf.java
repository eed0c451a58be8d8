package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Stands in for the resources feature until it is merged; the merge replaces it with an adapter to {@code Resources}. */
@Component
class PendingRecordingShelf implements RecordingShelf {

    @Override
    public String publishRecording(String openEventId, String title, String summary, String videoLink, int durationMinutes,
            Instant now) {
        throw new IllegalStateException("the resources feature is not merged yet");
    }
}
