package uk.nhs.cohortcoach.platform.support.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits on JSON request bodies; a larger body is refused with 413 before it is parsed. */
@ConfigurationProperties("cohort-coach.request-body")
record RequestBodyProperties(@DefaultValue("1MB") DataSize maxSize) {
}
