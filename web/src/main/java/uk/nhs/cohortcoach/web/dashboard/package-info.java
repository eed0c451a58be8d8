/**
 * The programme manager's dashboard ({@code /dashboard}): one cohort at a glance (the active one unless another
 * is chosen): sessions delivered against planned, coaching hours, open actions, the latest survey wave's response
 * rate and maturity by component, as tables. Figures from cohort-, coaching- and survey-service.
 */
package uk.nhs.cohortcoach.web.dashboard;
