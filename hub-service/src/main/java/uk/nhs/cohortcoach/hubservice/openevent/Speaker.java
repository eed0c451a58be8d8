package uk.nhs.cohortcoach.hubservice.openevent;

/** Someone speaking at an open event: their name and role (e.g. "Chief Nurse, Example NHS Trust"). */
public record Speaker(String name, String role) {
}
