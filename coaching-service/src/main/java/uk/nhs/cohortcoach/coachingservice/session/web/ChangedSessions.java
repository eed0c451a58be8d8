package uk.nhs.cohortcoach.coachingservice.session.web;

import java.util.List;

/** The sessions a reschedule or cancellation changed: the one named first, then later ones of its series. */
record ChangedSessions(List<SessionResponse> sessions) {
}
