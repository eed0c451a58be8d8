package uk.nhs.cohortcoach.hubservice.resource;

import java.util.EnumMap;
import java.util.Map;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** The maturity components' labels, as the survey framework and the session pages name them. */
public final class Components {

    private static final Map<MaturityComponent, String> LABELS = new EnumMap<>(Map.of(
            MaturityComponent.SHARED_PURPOSE_AND_VISION, "Building a shared purpose and vision",
            MaturityComponent.PEOPLE_AND_CULTURE, "Investing in people and culture",
            MaturityComponent.LEADERSHIP_BEHAVIOURS, "Developing leadership behaviours",
            MaturityComponent.IMPROVEMENT_CAPABILITY_AND_CAPACITY, "Building improvement capability and capacity",
            MaturityComponent.MANAGEMENT_SYSTEMS_AND_PROCESSES, "Embedding improvement into management systems and processes",
            MaturityComponent.EMBEDDING_EQUITY, "Embedding equity"));

    private Components() {
    }

    public static String label(MaturityComponent component) {
        return LABELS.get(component);
    }
}
