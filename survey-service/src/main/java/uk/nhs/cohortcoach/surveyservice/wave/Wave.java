package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A round of the maturity survey for one cohort, on one frozen framework version.
 *
 * @param label            e.g. {@code baseline}, {@code midpoint}, {@code end}
 * @param autoReminderAt   when the automatic reminder is due (a configurable time before closing); null once sent
 */
@Document("waves")
public record Wave(
        @Id String id,
        String cohortId,
        String label,
        String frameworkId,
        int frameworkNumber,
        Instant opensAt,
        Instant closesAt,
        WaveStatus status,
        Instant closedAt,
        String closedBy,
        Instant autoReminderAt,
        @Version Long version) {

    public boolean open(Instant now) {
        return status == WaveStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
