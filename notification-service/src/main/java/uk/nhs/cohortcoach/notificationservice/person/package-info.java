/** The people messages go to: a read model of names, email addresses and team membership, built from cohort events. */
package uk.nhs.cohortcoach.notificationservice.person;
