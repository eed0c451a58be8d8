/**
 * How the programme is doing and where to act. {@code /dashboard} (programme managers): one cohort (the active one
 * unless another is chosen), what needs attention with links to where to act, and per collaborative and for the whole
 * cohort coaching hours against plan and against where they should be by now, sessions, attendance, equity pauses,
 * overdue actions and logs, the latest wave's response rate and maturity by component with the trend (a chart drawn
 * from the table). {@code /my-collaboratives} (coaches): the same for the collaboratives they coach. Figures from
 * cohort-service (the cohorts and collaboratives) and the two summaries of coaching- and survey-service.
 */
package uk.nhs.cohortcoach.web.dashboard;
