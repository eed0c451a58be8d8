/** coaching-service: scheduling, session logs, actions, coaching hours and calendar feeds. */
package uk.nhs.cohortcoach.coachingservice;
