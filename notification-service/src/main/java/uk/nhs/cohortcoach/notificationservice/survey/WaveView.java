package uk.nhs.cohortcoach.notificationservice.survey;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A survey wave's label and closing time (from WaveOpened), for the email's {@code wave_label} and {@code closes_on}. */
@Document("survey_waves")
record WaveView(@Id String waveId, String label, Instant closesAt) {
}
