package uk.nhs.cohortcoach.platform.calendar;

/** The calendar's METHOD (RFC 5546): PUBLISH for a feed, REQUEST for an invitation or a change, CANCEL for a cancellation. */
public enum CalendarMethod {
    PUBLISH,
    REQUEST,
    CANCEL
}
