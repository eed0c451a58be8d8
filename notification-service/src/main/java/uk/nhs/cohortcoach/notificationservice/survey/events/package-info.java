/** The survey topic's listener. */
package uk.nhs.cohortcoach.notificationservice.survey.events;
