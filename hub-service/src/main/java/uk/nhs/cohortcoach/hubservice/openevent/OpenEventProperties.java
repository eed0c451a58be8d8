package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open-event settings under {@code cohort-coach.hub.open-events}.
 *
 * @param feedbackWindow how long after an event ends its attendees may give feedback; the results are shown only after
 *                       it (env {@code OPEN_EVENT_FEEDBACK_WINDOW}, default 14 days)
 */
@ConfigurationProperties("cohort-coach.hub.open-events")
public record OpenEventProperties(@DefaultValue("P14D") Duration feedbackWindow) {
}
