package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A collaborative as cohort-service answers it (only what the pages use). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Collaborative(String id, String cohortId, String name, String sector, String ics, String seniorResponsibleOfficer,
        List<Member> members, Priority priority, Integer plannedCoachingHours, List<String> coachIds, Long version) {

    public Collaborative {
        members = members == null ? List.of() : List.copyOf(members);
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }

    /** A member trust: its ODS code and name (optional). */
    public record Member(String odsCode, String name) {

        /** "Sheffield Teaching Hospitals (RHQ)", or the code alone. */
        public String inWords() {
            return name == null || name.isBlank() ? odsCode : name + " (" + odsCode + ")";
        }
    }

    /** The strategic priority: Core20PLUS5. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Priority(String area, boolean core20, String imdEdition, List<String> plusGroups, List<String> clinicalAreas) {

        public Priority {
            plusGroups = plusGroups == null ? List.of() : List.copyOf(plusGroups);
            clinicalAreas = clinicalAreas == null ? List.of() : List.copyOf(clinicalAreas);
        }
    }
}
