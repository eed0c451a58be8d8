package uk.nhs.cohortcoach.web.api;

import java.util.List;

/**
 * One version of a maturity framework as survey-service shows it ({@code components} only when one version
 * is read, empty in the list). The components are passed on as they come when a new framework copies them.
 */
public record Framework(String frameworkId, int number, String name, boolean frozen, List<tools.jackson.databind.JsonNode> components) {

    public Framework {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
