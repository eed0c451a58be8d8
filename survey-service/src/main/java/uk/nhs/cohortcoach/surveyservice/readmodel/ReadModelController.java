package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * {@code POST /api/waves/read-model/rebuild}: a programme manager drops survey-service's read models
 * (collaboratives and participants, then cohorts) and replays them from the beginning of the cohort topic.
 */
@RestController
public class ReadModelController {

    private final ReadModels readModels;

    ReadModelController(ReadModels readModels) {
        this.readModels = readModels;
    }

    @PostMapping("/api/waves/read-model/rebuild")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    List<RebuildResult> rebuild() {
        return List.of(readModels.rebuild(SurveyReadModels.CONSUMER), readModels.rebuild(SurveyReadModels.COHORTS));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    public static class Access {

        /** Only programme managers rebuild (checked again by {@code @PreAuthorize}). */
        @Bean
        RequestAuthorizations readModelRebuildNeedsProgrammeManagers() {
            return rules -> rules.requestMatchers(HttpMethod.POST, "/api/waves/read-model/rebuild")
                    .hasRole(Role.PROGRAMME_MANAGER.name());
        }
    }
}
