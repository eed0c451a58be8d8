/** survey-service: maturity frameworks, survey waves, invitations, responses and results. */
package uk.nhs.cohortcoach.surveyservice;
