/**
 * The respondent's side of a survey, reached by the invitation link alone (no account): read the
 * questions, save a draft, submit. The only place a person's answers are ever returned, to them, until they submit.
 */
package uk.nhs.cohortcoach.surveyservice.respond;
