/**
 * UK GDPR in survey-service: subject access lists a person's invitations (never answers: responses
 * are anonymous and cannot be linked back) and, on PersonErased, each of their invitations is cut off
 * from them (a random pseudonym for the person, the link made dead, any unsent draft removed); the
 * counts and anonymous responses stay.
 */
package uk.nhs.cohortcoach.surveyservice.privacy;
