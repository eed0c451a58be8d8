package uk.nhs.cohortcoach.gateway.edge.bodylimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize the largest request body the gateway accepts or passes on (cohort-service's CSV
 *                import takes up to 5 MB)
 * @param uploads larger limits for the few paths that take a file (the knowledge hub's PDF attachments, 20 MB):
 *                the first whose path pattern matches decides; every other path keeps {@code maxSize}
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway.body-limit")
record BodyLimitProperties(@NotNull @DefaultValue("5MB") DataSize maxSize, @DefaultValue List<@Valid Upload> uploads) {

    /**
     * @param maxSize the largest body on these paths
     * @param paths   path patterns (Spring's {@code PathPattern} syntax, e.g. {@code /api/resources/{id}/attachments})
     */
    record Upload(@NotNull DataSize maxSize, @NotNull List<String> paths) {
    }
}
