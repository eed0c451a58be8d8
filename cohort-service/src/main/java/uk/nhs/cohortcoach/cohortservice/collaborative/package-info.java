/** Collaboratives enrolled in a cohort: member trusts, senior responsible officer, strategic priority with its equity focus, coaches. */
package uk.nhs.cohortcoach.cohortservice.collaborative;
