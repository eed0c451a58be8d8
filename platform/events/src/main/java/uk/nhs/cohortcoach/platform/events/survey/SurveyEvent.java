package uk.nhs.cohortcoach.platform.events.survey;

import uk.nhs.cohortcoach.platform.events.DomainEvent;

/** Events published by survey-service on {@link Topics#SURVEY}, keyed by wave so each wave's events stay in order. None carries a person's answers. */
public sealed interface SurveyEvent extends DomainEvent
        permits WaveOpened, InvitationIssued, ReminderRequested, ResponseSubmitted, WaveClosed, WaveScheduled,
        WaveCancelled, InvitationLinkReissued {
}
