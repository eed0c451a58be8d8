/**
 * The invited person's own view of their surveys, signed in with the platform token: the open waves they are invited
 * to (whether they have started or submitted, from their own invitation only) and "Send me my link again", which
 * moves their invitation to a fresh link, emailed by notification-service, and stops the old one at once.
 */
package uk.nhs.cohortcoach.surveyservice.mysurveys;
