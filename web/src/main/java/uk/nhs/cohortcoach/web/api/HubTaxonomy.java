package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** hub-service's vocabulary with its labels: kinds, maturity components, equity themes (in groups), audiences. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubTaxonomy(List<Term> kinds, List<Term> components, List<Term> themes, List<Term> audiences) {

    public HubTaxonomy {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        components = components == null ? List.of() : List.copyOf(components);
        themes = themes == null ? List.of() : List.copyOf(themes);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }

    /** One code and its label; {@code group} only for themes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Term(String code, String label, String group) {
    }
}
