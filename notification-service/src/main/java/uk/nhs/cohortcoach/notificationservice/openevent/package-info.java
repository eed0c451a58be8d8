/**
 * Open-event email (hub-service's open peer-learning events): the registrant is told of their place, their waiting-list
 * place, their cancellation, a move or cancellation of the event, reminded a day and an hour before, sent the feedback
 * link once they attended and the recording once it is published. Registrants are no people of the programme: their
 * name and address come from the registration events, are kept in the registrations view until some time after the
 * event ended, and their personal links (cancel, feedback) are made only when an email is sent.
 */
package uk.nhs.cohortcoach.notificationservice.openevent;
