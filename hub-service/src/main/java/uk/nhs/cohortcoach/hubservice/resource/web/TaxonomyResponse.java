package uk.nhs.cohortcoach.hubservice.resource.web;

import java.util.Arrays;
import java.util.List;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.Components;
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** The hub's vocabulary with the words people read: kinds, maturity components, equity themes (grouped) and audiences. */
record TaxonomyResponse(List<TaxonomyChoice> kinds, List<TaxonomyChoice> components, List<TaxonomyTheme> themes,
        List<TaxonomyChoice> audiences) {

    /** A code and its label. */
    record TaxonomyChoice(String code, String label) {
    }

    /** An equity theme, with the group it is shown under. */
    record TaxonomyTheme(String code, String label, String group) {
    }

    static final TaxonomyResponse INSTANCE = new TaxonomyResponse(
            Arrays.stream(ResourceKind.values()).map(k -> new TaxonomyChoice(k.name(), k.label())).toList(),
            Arrays.stream(MaturityComponent.values()).map(c -> new TaxonomyChoice(c.name(), Components.label(c))).toList(),
            Arrays.stream(EquityTheme.values()).map(t -> new TaxonomyTheme(t.name(), t.label(), t.group().label())).toList(),
            Arrays.stream(Audience.values()).map(a -> new TaxonomyChoice(a.name(), a.label())).toList());
}
