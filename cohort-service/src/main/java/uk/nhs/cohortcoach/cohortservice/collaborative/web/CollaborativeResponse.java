package uk.nhs.cohortcoach.cohortservice.collaborative.web;

import java.util.List;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.MemberOrganisation;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.collaborative.StrategicPriority;

/** A collaborative as the API shows it; send {@code version} back when updating. */
record CollaborativeResponse(String id, String cohortId, String name, Sector sector, String ics,
        List<MemberOrganisation> members, String seniorResponsibleOfficer, StrategicPriority priority,
        int plannedCoachingHours, List<String> coachIds, long version) {

    static CollaborativeResponse of(Collaborative collaborative) {
        return new CollaborativeResponse(collaborative.id(), collaborative.cohortId(), collaborative.name(),
                collaborative.sector(), collaborative.ics(), collaborative.members(), collaborative.seniorResponsibleOfficer(),
                collaborative.priority(), collaborative.plannedCoachingHours(), collaborative.coachIds(),
                collaborative.version());
    }
}
