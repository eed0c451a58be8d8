/** The personal "add to calendar" links of session email: {@code GET /api/notifications/calendar/{token}.ics}, open, signed. */
package uk.nhs.cohortcoach.notificationservice.session.web;
