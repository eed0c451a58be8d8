package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A resource as created ({@code version} null) or changed ({@code version} read with the form). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewHubResource(String kind, String title, String summary, String body, List<HubResource.Link> links,
        List<String> components, List<String> themes, String audience, String cohortId, HubResource.Recording recording,
        Long version) {
}
