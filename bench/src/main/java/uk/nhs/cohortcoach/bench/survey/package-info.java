/**
 * Survey scenarios: results as a wave's responses grow ({@code survey-results}) and survey day, a thousand respondents
 * through the gateway ({@code survey-day}).
 */
package uk.nhs.cohortcoach.bench.survey;
