package uk.nhs.cohortcoach.hubservice.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;

/**
 * {@code POST /api/resources/read-model/rebuild}: a programme manager drops hub-service's read model of cohort
 * membership and replays it from the beginning of the cohort topic.
 */
@RestController
@Tag(name = "Read model")
public class ReadModelController {

    private final ReadModels readModels;

    ReadModelController(ReadModels readModels) {
        this.readModels = readModels;
    }

    @PostMapping("/api/resources/read-model/rebuild")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Rebuild the read model of cohort membership (who may read resources for one cohort) from the cohort topic")
    RebuildResult rebuild() {
        return readModels.rebuild(HubReadModels.CONSUMER);
    }

    /** Only programme managers rebuild (checked again by {@code @PreAuthorize}). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    public static class Access {

        @Bean
        uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations readModelRebuildNeedsProgrammeManagers() {
            return rules -> rules.requestMatchers(HttpMethod.POST, "/api/resources/read-model/rebuild")
                    .hasRole(Role.PROGRAMME_MANAGER.name());
        }
    }
}
