package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventScheduled;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * An open peer-learning event and every registration for it, in one document: each move returns the new event and
 * the events it causes, saved together by one compare-and-set write ({@code version}), and refuses (409, in words)
 * what the event's state forbids. Places go to registrations in the order they arrive; when the places are taken,
 * registrations join the waiting list, which is promoted strictly in the order it was joined whenever a place frees
 * or the capacity is raised. Registration closes at the start and when the event is cancelled.
 */
@Document("open_events")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record OpenEvent(@Id String id, EventDetails details, @Indexed Instant startsAt, OpenEventStatus status,
        String cancelReason, int sequence, long joinCounter, List<Registration> registrations, String recordingResourceId,
        Instant attendanceRecordedAt, @Version Long version) {

    public static final String TIME_ZONE = "Europe/London";
    /** The longest waiting list: the whole event stays one document well under MongoDB's 16 MB. */
    public static final int MAX_WAITING = 2_000;

    /** The event as it is to be stored after a move, and the events the move records with it (maybe none). */
    public record Changed(OpenEvent event, List<DomainEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }

        public DomainEvent[] eventArray() {
            return events.toArray(DomainEvent[]::new);
        }
    }

    public OpenEvent {
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
    }

    /** A new event, announced with OpenEventScheduled. */
    public static Changed schedule(String id, EventDetails details, Instant now) {
        OpenEvent event = new OpenEvent(id, details, details.startsAt(), OpenEventStatus.SCHEDULED, null, 0, 0, List.of(),
                null, null, null);
        return new Changed(event, List.of(new OpenEventScheduled(UUID.randomUUID(), now, id, details.title(),
                details.startsAt(), details.endsAt(), TIME_ZONE, details.capacity(), details.joiningLink())));
    }

    public Instant endsAt() {
        return details.endsAt();
    }

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Whether someone may register now: scheduled and not yet started. */
    public boolean registrationOpen(Instant now) {
        return status == OpenEventStatus.SCHEDULED && !started(now);
    }

    public long confirmed() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
    }

    public List<Registration> waitingList() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList();
    }

    public int placesLeft() {
        return (int) Math.max(0, details.capacity() - confirmed());
    }

    /** A registration's place on the waiting list (1 is next), or 0 when it is not waiting. */
    public int positionOf(String registrationId) {
        List<Registration> waiting = waitingList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(registrationId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public Optional<Registration> registration(String registrationId) {
        return registrations.stream().filter(r -> r.id().equals(registrationId)).findFirst();
    }

    /** The registration (not cancelled) of an email address, matched ignoring case. */
    public Optional<Registration> activeRegistrationOf(String email) {
        String key = Registrant.emailKey(email);
        return registrations.stream().filter(r -> r.active() && r.emailKey().equals(key)).findFirst();
    }

    /**
     * New details (OpenEventChanged when the title, time, capacity or joining link changed). A raised capacity
     * promotes the waiting list in order; a capacity below the places already confirmed is refused.
     */
    public Changed change(EventDetails newDetails, Instant now) {
        requireScheduled("changed");
        if (started(now)) {
            throw new ConflictException("The event has already started, so it can no longer be changed.", "event-started");
        }
        long taken = confirmed();
        if (newDetails.capacity() < taken) {
            throw new ConflictException("The capacity cannot be lower than the " + taken + " places already confirmed. "
                    + "Choose a capacity of at least " + taken + ", or ask people to cancel first.", "capacity-below-confirmed");
        }
        boolean announced = !newDetails.title().equals(details.title()) || !newDetails.startsAt().equals(details.startsAt())
                || newDetails.durationMinutes() != details.durationMinutes() || newDetails.capacity() != details.capacity()
                || !newDetails.joiningLink().equals(details.joiningLink());
        int newSequence = announced ? sequence + 1 : sequence;
        OpenEvent changed = new OpenEvent(id, newDetails, newDetails.startsAt(), status, cancelReason, newSequence, joinCounter,
                registrations, recordingResourceId, attendanceRecordedAt, version);
        List<DomainEvent> events = new ArrayList<>();
        if (announced) {
            events.add(new OpenEventChanged(UUID.randomUUID(), now, id, newDetails.title(), newDetails.startsAt(),
                    newDetails.endsAt(), TIME_ZONE, newDetails.capacity(), newDetails.joiningLink(), newSequence));
        }
        return changed.promote(events, now);
    }

    /** Calls the event off (OpenEventCancelled); registration closes with it. */
    public Changed cancel(String reason, Instant now) {
        requireScheduled("cancelled");
        if (started(now)) {
            throw new ConflictException("The event has already started, so it can no longer be cancelled.", "event-started");
        }
        OpenEvent cancelled = new OpenEvent(id, details, startsAt, OpenEventStatus.CANCELLED, reason, sequence + 1, joinCounter,
                registrations, recordingResourceId, attendanceRecordedAt, version);
        return new Changed(cancelled, List.of(new OpenEventCancelled(UUID.randomUUID(), now, id, details.title(), startsAt,
                TIME_ZONE, reason)));
    }

    /**
     * Registers someone: a place while places are left (RegistrationConfirmed), otherwise the end of the waiting list
     * (RegistrationWaitlisted). An email address already registered (not cancelled) changes nothing and causes no event.
     */
    public Changed register(String registrationId, Registrant who, String cancelLinkHash, String feedbackLinkHash, Instant now) {
        if (status == OpenEventStatus.CANCELLED) {
            throw new ConflictException("This event has been cancelled, so registration is closed.", "registration-closed");
        }
        if (started(now)) {
            throw new ConflictException("This event has already started, so registration is closed.", "registration-closed");
        }
        if (activeRegistrationOf(who.email()).isPresent()) {
            return new Changed(this, List.of());
        }
        boolean place = confirmed() < details.capacity();
        if (!place && waitingList().size() >= MAX_WAITING) {
            throw new ConflictException("The event and its waiting list are full.", "waiting-list-full");
        }
        Registration registration = new Registration(registrationId, who.name(), who.email().trim(), Registrant.emailKey(who.email()),
                who.odsCode(), who.jobRole(), place ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, joinCounter + 1,
                now, false, cancelLinkHash, feedbackLinkHash, false);
        List<Registration> all = new ArrayList<>(registrations);
        all.add(registration);
        OpenEvent registered = withRegistrations(all, joinCounter + 1);
        DomainEvent event = place
                ? new RegistrationConfirmed(UUID.randomUUID(), now, id, registrationId, registration.name(), registration.email(), false)
                : new RegistrationWaitlisted(UUID.randomUUID(), now, id, registrationId, registration.name(), registration.email(),
                        registered.positionOf(registrationId));
        return new Changed(registered, List.of(event));
    }

    /** Cancels a registration (RegistrationCancelled); a place freed goes to the first on the waiting list. */
    public Changed cancelRegistration(String registrationId, Instant now) {
        Registration registration = registration(registrationId).filter(Registration::active)
                .orElseThrow(() -> new ConflictException("This registration has already been cancelled.", "registration-cancelled"));
        requireScheduled("changed");
        if (started(now)) {
            throw new ConflictException("The event has already started, so registrations can no longer be cancelled.", "event-started");
        }
        OpenEvent cancelled = replacing(registration.withStatus(RegistrationStatus.CANCELLED));
        List<DomainEvent> events = new ArrayList<>();
        events.add(new RegistrationCancelled(UUID.randomUUID(), now, id, registrationId,
                registration.status() == RegistrationStatus.CONFIRMED));
        return cancelled.promote(events, now);
    }

    /**
     * Who attended (AttendanceRecorded, the whole list: it replaces an earlier one); only once the event has started,
     * and only registrations that held a place.
     */
    public Changed recordAttendance(List<String> attendedIds, Instant now) {
        requireScheduled("given attendance");
        if (!started(now)) {
            throw new ConflictException("Attendance can be recorded only once the event has started.", "event-not-started");
        }
        Set<String> ids = new LinkedHashSet<>(attendedIds);
        Map<String, String> errors = new LinkedHashMap<>();
        int index = 0;
        for (String attendedId : attendedIds) {
            Optional<Registration> found = registration(attendedId);
            if (found.isEmpty() || found.get().status() != RegistrationStatus.CONFIRMED) {
                errors.putIfAbsent("attendedRegistrationIds[" + index + "]",
                        "Select only people who had a place at this event");
            }
            index++;
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        List<Registration> all = registrations.stream().map(r -> r.withAttended(ids.contains(r.id()))).toList();
        OpenEvent recorded = new OpenEvent(id, details, startsAt, status, cancelReason, sequence, joinCounter, all,
                recordingResourceId, now, version);
        return new Changed(recorded, List.of(new AttendanceRecorded(UUID.randomUUID(), now, id, List.copyOf(ids))));
    }

    /**
     * The recording is on the knowledge hub as {@code resourceId}: RecordingPublished the first time (registrants are
     * told once); publishing it again only updates the resource.
     */
    public Changed recordingPublished(String resourceId, String videoLink, Instant now) {
        boolean first = recordingResourceId == null || !recordingResourceId.equals(resourceId);
        OpenEvent published = new OpenEvent(id, details, startsAt, status, cancelReason, sequence, joinCounter, registrations,
                resourceId, attendanceRecordedAt, version);
        return new Changed(published, first
                ? List.of(new RecordingPublished(UUID.randomUUID(), now, id, resourceId, details.title(), videoLink))
                : List.of());
    }

    /** Refuses a recording before the event has happened or for a cancelled one. */
    public void requireRecordable(Instant now) {
        requireScheduled("given a recording");
        if (!started(now)) {
            throw new ConflictException("A recording can be added only once the event has started.", "event-not-started");
        }
    }

    /** Marks an attendee's feedback link used (single use); what they said is stored apart. */
    public OpenEvent feedbackGiven(String registrationId) {
        Registration registration = registration(registrationId).filter(Registration::attended)
                .orElseThrow(() -> new ConflictException("Only people who attended can give feedback.", "not-attended"));
        if (registration.feedbackGiven()) {
            throw new ConflictException("Feedback has already been given with this link.", "feedback-given");
        }
        return replacing(registration.withFeedbackGiven());
    }

    private Changed promote(List<DomainEvent> events, Instant now) {
        OpenEvent current = this;
        List<Registration> waiting = waitingList();
        int free = placesLeft();
        for (int i = 0; i < Math.min(free, waiting.size()); i++) {
            Registration promoted = waiting.get(i);
            current = current.replacing(promoted.withStatus(RegistrationStatus.CONFIRMED));
            events.add(new RegistrationConfirmed(UUID.randomUUID(), now, id, promoted.id(), promoted.name(), promoted.email(), true));
        }
        return new Changed(current, events);
    }

    private OpenEvent replacing(Registration registration) {
        List<Registration> all = registrations.stream().map(r -> r.id().equals(registration.id()) ? registration : r).toList();
        return withRegistrations(all, joinCounter);
    }

    private OpenEvent withRegistrations(List<Registration> all, long counter) {
        return new OpenEvent(id, details, startsAt, status, cancelReason, sequence, counter, all, recordingResourceId,
                attendanceRecordedAt, version);
    }

    private void requireScheduled(String what) {
        if (status == OpenEventStatus.CANCELLED) {
            throw new ConflictException("The event has been cancelled, so it can no longer be " + what + ".", "event-cancelled");
        }
    }
}
