package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.util.List;
import java.util.Set;

/**
 * The one priority area a collaborative works on, with its equity focus in Core20PLUS5 terms.
 *
 * @param area          e.g. "Elective waiting lists"
 * @param core20        whether the target population includes Core20 (IMD deciles 1–2)
 * @param imdEdition    the IMD edition the Core20 figure uses
 * @param plusGroups    locally chosen PLUS groups, e.g. "people with a learning disability and autistic people"
 * @param clinicalAreas Core20PLUS5 clinical areas in scope
 */
public record StrategicPriority(String area, boolean core20, ImdEdition imdEdition, List<String> plusGroups,
        Set<ClinicalArea> clinicalAreas) {

    public StrategicPriority {
        plusGroups = plusGroups == null ? List.of() : List.copyOf(plusGroups);
        clinicalAreas = clinicalAreas == null ? Set.of() : Set.copyOf(clinicalAreas);
    }
}
