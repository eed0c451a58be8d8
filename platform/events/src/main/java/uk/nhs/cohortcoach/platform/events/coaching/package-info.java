/** Events published by coaching-service on {@link Topics#COACHING}: sessions and actions. */
package uk.nhs.cohortcoach.platform.events.coaching;
