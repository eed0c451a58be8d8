/**
 * The programme manager's cohorts page ({@code /cohorts}): the list, the "create a cohort" form
 * (POST-redirect-GET) and deleting one created by mistake through the confirmation page. The reference
 * page: the pattern every other page follows (see web/README.md, "How to add a page").
 */
package uk.nhs.cohortcoach.web.cohorts;
