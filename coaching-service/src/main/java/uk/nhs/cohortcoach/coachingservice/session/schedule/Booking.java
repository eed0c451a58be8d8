package uk.nhs.cohortcoach.coachingservice.session.schedule;

import uk.nhs.cohortcoach.coachingservice.session.Session;

/** What the clash rules need of a session, existing or proposed. */
public record Booking(String sessionId, String title, String coachId, String collaborativeId, Slot slot, boolean cancelled) {

    public static Booking of(Session session) {
        return new Booking(session.id(), session.title(), session.coachId(), session.collaborativeId(),
                new Slot(session.startsAt(), session.endsAt()), session.cancelled());
    }

    public Booking at(Slot other) {
        return new Booking(sessionId, title, coachId, collaborativeId, other, cancelled);
    }
}
