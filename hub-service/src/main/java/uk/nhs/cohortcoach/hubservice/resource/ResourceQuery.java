package uk.nhs.cohortcoach.hubservice.resource;

import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** What a reader browses for: any of kind, component and theme (null for any), and search words (null for none). */
public record ResourceQuery(ResourceKind kind, MaturityComponent component, EquityTheme theme, String words) {

    public boolean isSearch() {
        return words != null && !words.isBlank();
    }
}
