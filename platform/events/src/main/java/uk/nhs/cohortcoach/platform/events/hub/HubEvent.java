package uk.nhs.cohortcoach.platform.events.hub;

import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Topics;

/** Events published by hub-service on {@link Topics#HUB}: resources, open events and their registrations. */
public sealed interface HubEvent extends DomainEvent
        permits ResourcePublished, ResourceArchived, OpenEventScheduled, OpenEventChanged, OpenEventCancelled,
        RegistrationConfirmed, RegistrationWaitlisted, RegistrationCancelled, AttendanceRecorded, RecordingPublished {
}
