/** Events published by notification-service on {@link Topics#NOTIFICATION}. */
package uk.nhs.cohortcoach.platform.events.notification;
