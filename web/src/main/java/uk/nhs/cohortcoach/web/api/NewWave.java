package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The body of survey-service's {@code POST /api/waves}; {@code reminders} null for the usual reminders,
 * {@code {"daysBeforeClose": []}} for none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewWave(String cohortId, String label, String frameworkId, Integer frameworkNumber, Instant opensAt,
        Instant closesAt, Reminders reminders) {

    public record Reminders(List<Integer> daysBeforeClose) {
    }
}
