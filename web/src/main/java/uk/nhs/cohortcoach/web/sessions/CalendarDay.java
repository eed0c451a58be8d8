package uk.nhs.cohortcoach.web.sessions;

import java.util.List;

/** One day of the calendar's week view and its sessions. Public: the template reads it. */
public record CalendarDay(String name, boolean today, List<Entry> sessions) {

    /** One session of the day: its times, title (linking to it) and collaborative. */
    public record Entry(String href, String times, String title, String collaborative, boolean cancelled) {
    }
}
