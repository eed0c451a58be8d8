/**
 * Setting up a programme ({@code /cohorts/{id}/setup}): the GOV.UK task list of a cohort's set-up — its details, its
 * collaboratives, each collaborative's team and coaching plan, the baseline survey wave — with each task's status worked
 * out by {@link uk.nhs.cohortcoach.web.setup.SetupTasks} from what the APIs say, and what to do next.
 */
package uk.nhs.cohortcoach.web.setup;
