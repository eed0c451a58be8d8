package uk.nhs.cohortcoach.platform.support.health;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How long the Kafka health check waits for the cluster to answer. */
@Validated
@ConfigurationProperties("cohort-coach.health.kafka")
record KafkaHealthProperties(@NotNull @DefaultValue("PT2S") Duration timeout) {
}
