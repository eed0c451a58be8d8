/** The web adapter of results: JSON, trend and CSV for programme managers. */
package uk.nhs.cohortcoach.surveyservice.results.web;
