/** The web adapter of waves: open, list, read, close and send reminders (programme managers). */
package uk.nhs.cohortcoach.surveyservice.wave.web;
