package uk.nhs.cohortcoach.cohortservice.collaborative.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.ImdEdition;
import uk.nhs.cohortcoach.cohortservice.collaborative.MemberOrganisation;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.collaborative.StrategicPriority;

/**
 * A collaborative as a programme manager sends it. {@code version} is required on update (the one
 * read; a stale one gets 409) and ignored on enrolment. {@code plannedCoachingHours} defaults to 0.
 */
record CollaborativeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Sector sector,
        @Size(max = 200) String ics,
        @Size(max = 100) List<@NotNull @Valid Member> members,
        @Size(max = 200) String seniorResponsibleOfficer,
        @Valid Priority priority,
        @Min(0) @Max(1000) Integer plannedCoachingHours,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> coachIds,
        @Min(0) Long version) {

    /** A member trust, by its ODS code (three characters starting R or T). */
    record Member(
            @NotNull @Pattern(regexp = "[RT][A-Z0-9]{2}") String odsCode,
            @Size(max = 200) String name) {
    }

    /** The strategic priority with its Core20PLUS5 focus; {@code imdEdition} is required when {@code core20} is true. */
    record Priority(
            @NotBlank @Size(max = 200) String area,
            boolean core20,
            ImdEdition imdEdition,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> plusGroups,
            Set<@NotNull ClinicalArea> clinicalAreas) {
    }

    /**
     * The details as sent, for checking rules alongside Bean Validation: nothing is assumed valid, missing
     * or null values stay where they were so each error keeps its index.
     */
    CollaborativeDetails draft() {
        List<MemberOrganisation> organisations = members == null ? List.of() : members.stream()
                .map(member -> member == null ? new MemberOrganisation(null, null) : new MemberOrganisation(member.odsCode(), member.name()))
                .toList();
        StrategicPriority strategicPriority = priority == null ? null
                : new StrategicPriority(priority.area(), priority.core20(), priority.imdEdition(),
                        priority.plusGroups() == null ? null : priority.plusGroups().stream().map(group -> group == null ? "" : group).toList(),
                        priority.clinicalAreas() == null ? null
                                : priority.clinicalAreas().stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<String> coaches = coachIds == null ? null : coachIds.stream().map(id -> id == null ? "" : id).toList();
        return new CollaborativeDetails(name == null ? null : name.trim(), sector, ics, organisations, seniorResponsibleOfficer,
                strategicPriority, plannedCoachingHours == null ? 0 : plannedCoachingHours, coaches);
    }

    CollaborativeDetails details() {
        List<MemberOrganisation> organisations = members == null ? List.of()
                : members.stream().map(member -> new MemberOrganisation(member.odsCode(), member.name())).toList();
        StrategicPriority strategicPriority = priority == null ? null
                : new StrategicPriority(priority.area().trim(), priority.core20(), priority.imdEdition(), priority.plusGroups(),
                        priority.clinicalAreas());
        return new CollaborativeDetails(name.trim(), sector, ics, organisations, seniorResponsibleOfficer, strategicPriority,
                plannedCoachingHours == null ? 0 : plannedCoachingHours, coachIds);
    }
}
