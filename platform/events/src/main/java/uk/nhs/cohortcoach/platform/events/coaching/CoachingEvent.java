package uk.nhs.cohortcoach.platform.events.coaching;

import uk.nhs.cohortcoach.platform.events.DomainEvent;

/** Events published by coaching-service on {@link Topics#COACHING}: sessions and actions. */
public sealed interface CoachingEvent extends DomainEvent
        permits SessionScheduled, SeriesScheduled, SeriesChanged, SessionRescheduled, SessionCancelled, SessionLogged,
        SessionNotHeld, SessionDeleted, ActionAssigned, ActionCompleted, ActionUpdated, ActionReassigned, ActionReopened {
}
