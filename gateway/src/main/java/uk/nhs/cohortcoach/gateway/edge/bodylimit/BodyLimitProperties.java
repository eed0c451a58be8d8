package uk.nhs.cohortcoach.gateway.edge.bodylimit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize the largest request body the gateway accepts or passes on (cohort-service's CSV
 *                import takes up to 5 MB)
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway.body-limit")
record BodyLimitProperties(@NotNull @DefaultValue("5MB") DataSize maxSize) {
}
