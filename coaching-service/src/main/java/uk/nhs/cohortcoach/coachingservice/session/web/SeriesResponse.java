package uk.nhs.cohortcoach.coachingservice.session.web;

import java.util.List;

/** A series just created: its id and every session, in order. */
record SeriesResponse(String seriesId, List<SessionResponse> sessions) {
}
