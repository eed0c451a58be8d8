/** {@code /api/notifications}: the delivery log for programme managers, and their retry of failed messages. */
package uk.nhs.cohortcoach.notificationservice.message.web;
