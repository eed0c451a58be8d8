/**
 * Anonymous responses (role category, answers and comments only, in random order among their
 * collaborative's) and the counts results are read from. Nothing here records a time, a submission order
 * or an invitation.
 */
package uk.nhs.cohortcoach.surveyservice.response;
