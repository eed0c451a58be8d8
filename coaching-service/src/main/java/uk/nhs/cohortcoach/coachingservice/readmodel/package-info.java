/** coaching-service's own copy of cohorts, collaboratives, coaches and participants, built from cohort-service's events. */
package uk.nhs.cohortcoach.coachingservice.readmodel;
