package uk.nhs.cohortcoach.platform.events.cohort;

import uk.nhs.cohortcoach.platform.events.DomainEvent;

/** Events published by cohort-service on {@link Topics#COHORT}: cohorts, collaboratives, people and participation. */
public sealed interface CohortEvent extends DomainEvent
        permits CohortCreated, CohortUpdated, CollaborativeEnrolled, CollaborativeUpdated, PersonRegistered, PersonUpdated, PersonErased, ParticipantJoined, ParticipantLeft {
}
