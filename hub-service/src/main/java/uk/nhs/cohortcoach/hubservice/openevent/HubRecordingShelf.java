package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.hubservice.resource.Resources;

/** An open event's recording goes to the knowledge hub as an {@code EVENT_RECORDING} resource (the resources feature). */
@Component
class HubRecordingShelf implements RecordingShelf {

    private final Resources resources;

    HubRecordingShelf(Resources resources) {
        this.resources = resources;
    }

    @Override
    public String publishRecording(String openEventId, String title, String summary, String videoLink, int durationMinutes,
            Instant now) {
        return resources.publishRecording(openEventId, title, summary, videoLink, durationMinutes, now);
    }
}
