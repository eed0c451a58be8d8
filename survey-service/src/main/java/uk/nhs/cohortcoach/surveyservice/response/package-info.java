/** Anonymous responses (collaborative, leadership role category and wave only) and the counts results are read from. */
package uk.nhs.cohortcoach.surveyservice.response;
