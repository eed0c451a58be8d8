/** The programme manager's cohorts page: the list and the "create a cohort" form (POST, then redirect). */
package uk.nhs.cohortcoach.web.cohorts;
