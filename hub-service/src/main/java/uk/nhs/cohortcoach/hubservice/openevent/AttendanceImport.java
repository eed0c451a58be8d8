package uk.nhs.cohortcoach.hubservice.openevent;

import java.util.List;

/**
 * What an attendance report gave: how many registrations it matched, the rows it could not match (described
 * without the address in full) and the registrations now recorded as attended.
 */
public record AttendanceImport(int matched, List<String> unmatched, List<String> attendedRegistrationIds) {
}
