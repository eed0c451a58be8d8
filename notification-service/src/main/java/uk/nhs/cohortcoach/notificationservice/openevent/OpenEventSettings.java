package uk.nhs.cohortcoach.notificationservice.openevent;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long after an open event ends its registrations (names, addresses) and its view are kept.
 *
 * @param registrationRetention {@code OPEN_EVENT_REGISTRATION_RETENTION}, default 90 days
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.open-events")
public record OpenEventSettings(@NotNull @DurationMin(hours = 1) @DefaultValue("P90D") Duration registrationRetention) {

    public static OpenEventSettings defaults() {
        return new OpenEventSettings(Duration.ofDays(90));
    }

    /** When what is kept about an event ending then is erased; null while the end is not known. */
    Instant expiryOf(Instant endsAt) {
        return endsAt == null ? null : endsAt.plus(registrationRetention);
    }
}
