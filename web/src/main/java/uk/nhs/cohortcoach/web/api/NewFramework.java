package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of survey-service's {@code POST /api/frameworks}: {@code frameworkId} null to make it from the name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewFramework(String frameworkId, String name, List<tools.jackson.databind.JsonNode> components) {
}
