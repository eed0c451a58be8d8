/** The cohort topic's listener: keeps the people read model and tells the survey triggers who left a team. */
package uk.nhs.cohortcoach.notificationservice.person.events;
