/** Events published by survey-service on {@link Topics#SURVEY}, keyed by wave so each wave's events stay in order. None carries a person's answers. */
package uk.nhs.cohortcoach.platform.events.survey;
