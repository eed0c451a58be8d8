/** Maturity frameworks: components, statements, the five-stage scale; versioned, frozen once a wave uses them. */
package uk.nhs.cohortcoach.surveyservice.framework;
