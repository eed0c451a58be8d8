/** Who may see what: programme managers everything, coaches the collaboratives they coach and their cohorts, participants their own collaborative. */
package uk.nhs.cohortcoach.cohortservice.access;
