package uk.nhs.cohortcoach.platform.events.cohort;

import uk.nhs.cohortcoach.platform.events.DomainEvent;

/** Events published by cohort-service on {@link Topics#COHORT}: cohorts, collaboratives, people and participation. */
public sealed interface CohortEvent extends DomainEvent
        permits CohortCreated, CohortUpdated, CohortDeleted, CollaborativeEnrolled, CollaborativeUpdated, CollaborativeDeleted,
        PersonRegistered, PersonUpdated, PersonErased, PersonArchived, PersonRestored, ParticipantJoined, ParticipantLeft {
}
