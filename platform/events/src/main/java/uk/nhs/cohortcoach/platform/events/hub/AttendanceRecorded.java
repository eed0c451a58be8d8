package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A programme manager recorded (or imported) who attended an open event: the registrations that attended, the
 * whole list each time (a later record replaces an earlier one).
 */
public record AttendanceRecorded(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        List<String> attendedRegistrationIds) implements HubEvent {

    public AttendanceRecorded {
        attendedRegistrationIds = attendedRegistrationIds == null ? List.of() : List.copyOf(attendedRegistrationIds);
    }

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
