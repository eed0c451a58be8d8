/**
 * A wave's results: answers counted per collaborative and component, the trend between waves and the
 * CSV, with every group of fewer than 5 respondents (and whatever would let it be worked out) hidden.
 */
package uk.nhs.cohortcoach.surveyservice.results;
