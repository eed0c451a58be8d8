/**
 * The programme manager's survey pages: {@code /surveys} (the waves with their response rates, opening or
 * scheduling a wave, reminders, closing and cancelling through confirmation pages, creating a maturity framework)
 * and {@code /surveys/{waveId}} (one wave's results with small-number suppression, by leadership role, the trend
 * between waves, comments for managers, the CSV downloads). Everything from survey-service's API.
 */
package uk.nhs.cohortcoach.web.surveys;
