/** How the API shows what depends on a cohort or collaborative, for the pages to offer deleting only when it is allowed. */
package uk.nhs.cohortcoach.cohortservice.removal.web;
