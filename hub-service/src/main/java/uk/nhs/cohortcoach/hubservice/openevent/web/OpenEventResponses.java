package uk.nhs.cohortcoach.hubservice.openevent.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.Registration;
import uk.nhs.cohortcoach.hubservice.openevent.Speaker;
import uk.nhs.cohortcoach.hubservice.openevent.StartRules;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisation;

/** The JSON shapes of open events: the summary and page anyone sees (never the joining link) and the manager's view. */
final class OpenEventResponses {

    private OpenEventResponses() {
    }

    record OpenEventSummary(String id, String title, String summary, Instant startsAt, Instant endsAt, String timeZone,
            int capacity, int placesLeft, int waitingList, String status, String recordingResourceId) {

        static OpenEventSummary of(OpenEvent e) {
            return new OpenEventSummary(e.id(), e.details().title(), e.details().summary(), e.startsAt(), e.endsAt(),
                    OpenEvent.TIME_ZONE, e.details().capacity(), e.placesLeft(), e.waitingList().size(), e.status().name(),
                    e.recordingResourceId());
        }
    }

    record OpenEventList(List<OpenEventSummary> items) {
    }

    record OpenEventSpeaker(String name, String role) {

        static List<OpenEventSpeaker> of(List<Speaker> speakers) {
            return speakers.stream().map(s -> new OpenEventSpeaker(s.name(), s.role())).toList();
        }
    }

    record OpenEventPage(String id, String title, String summary, Instant startsAt, Instant endsAt, String timeZone,
            int capacity, int placesLeft, int waitingList, String status, String recordingResourceId, String description,
            List<OpenEventSpeaker> speakers, boolean registrationOpen) {

        static OpenEventPage of(OpenEvent e, Instant now) {
            OpenEventSummary s = OpenEventSummary.of(e);
            return new OpenEventPage(s.id(), s.title(), s.summary(), s.startsAt(), s.endsAt(), s.timeZone(), s.capacity(),
                    s.placesLeft(), s.waitingList(), s.status(), s.recordingResourceId(), e.details().description(),
                    OpenEventSpeaker.of(e.details().speakers()), e.registrationOpen(now));
        }
    }

    record OpenEventRegistration(String id, String name, String email, String odsCode, String organisationName, String jobRole,
            String status, Integer position, boolean attended, Instant registeredAt) {
    }

    record ManagedOpenEvent(String id, String title, String summary, Instant startsAt, Instant endsAt, String timeZone,
            int capacity, int placesLeft, int waitingList, String status, String recordingResourceId, String description,
            List<OpenEventSpeaker> speakers, boolean registrationOpen, LocalDateTime start, int durationMinutes, String joiningLink,
            String cancelReason, long version, List<OpenEventRegistration> registrations) {

        static ManagedOpenEvent of(OpenEvent e, Instant now, Map<String, MemberOrganisation> organisations) {
            OpenEventPage p = OpenEventPage.of(e, now);
            List<OpenEventRegistration> registrations = e.registrations().stream().map(r -> view(e, r, organisations)).toList();
            return new ManagedOpenEvent(p.id(), p.title(), p.summary(), p.startsAt(), p.endsAt(), p.timeZone(), p.capacity(),
                    p.placesLeft(), p.waitingList(), p.status(), p.recordingResourceId(), p.description(), p.speakers(),
                    p.registrationOpen(), StartRules.local(e.startsAt()), e.details().durationMinutes(), e.details().joiningLink(),
                    e.cancelReason(), e.version(), registrations);
        }

        private static OpenEventRegistration view(OpenEvent e, Registration r, Map<String, MemberOrganisation> organisations) {
            MemberOrganisation organisation = organisations.get(r.odsCode());
            int position = e.positionOf(r.id());
            return new OpenEventRegistration(r.id(), r.name(), r.email(), r.odsCode(), organisation == null ? null : organisation.name(),
                    r.jobRole(), r.status().name(), position == 0 ? null : position, r.attended(), r.registeredAt());
        }
    }

    record OpenEventAttendance(List<String> attendedRegistrationIds) {

        static OpenEventAttendance of(OpenEvent e) {
            return new OpenEventAttendance(e.registrations().stream().filter(Registration::attended).map(Registration::id).toList());
        }
    }

    record OpenEventRecording(String resourceId) {
    }
}
