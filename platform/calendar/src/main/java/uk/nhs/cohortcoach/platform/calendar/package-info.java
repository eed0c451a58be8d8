/**
 * Writes RFC 5545 iCalendar text with ical4j from plain values: a {@link uk.nhs.cohortcoach.platform.calendar.CalendarDocument}
 * of {@link uk.nhs.cohortcoach.platform.calendar.CalendarEvent}s, written by
 * {@link uk.nhs.cohortcoach.platform.calendar.CalendarWriter}. It knows no domain: each service maps its own
 * sessions to these values.
 */
package uk.nhs.cohortcoach.platform.calendar;
