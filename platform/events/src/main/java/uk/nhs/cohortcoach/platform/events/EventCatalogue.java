package uk.nhs.cohortcoach.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonArchived;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRestored;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventScheduled;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;
import uk.nhs.cohortcoach.platform.events.hub.ResourceArchived;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;
import uk.nhs.cohortcoach.platform.events.notification.NotificationDelivered;
import uk.nhs.cohortcoach.platform.events.notification.NotificationFailed;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;

/** Every event type of the published language: its name, contract version and topic. */
public final class EventCatalogue {

    /** One event type: the {@code type} in the envelope is {@code javaType}'s simple name. */
    public record Entry(String type, int version, String topic, Class<? extends DomainEvent> javaType) {
    }

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, Entry> BY_CLASS = new LinkedHashMap<>();

    static {
        register(Topics.COHORT, List.of(CohortCreated.class, CohortUpdated.class, CollaborativeEnrolled.class, CollaborativeUpdated.class,
                PersonRegistered.class, PersonUpdated.class, ParticipantJoined.class, ParticipantLeft.class, PersonErased.class,
                CohortDeleted.class, CollaborativeDeleted.class, PersonArchived.class, PersonRestored.class));
        register(Topics.COACHING, List.of(SessionScheduled.class, SessionRescheduled.class, SessionCancelled.class,
                SessionLogged.class, ActionAssigned.class, ActionCompleted.class, SeriesScheduled.class,
                SeriesChanged.class, SessionNotHeld.class, SessionDeleted.class, ActionUpdated.class, ActionReassigned.class,
                ActionReopened.class));
        register(Topics.SURVEY, List.of(WaveOpened.class, InvitationIssued.class, ReminderRequested.class, ResponseSubmitted.class, WaveClosed.class,
                WaveScheduled.class, WaveCancelled.class, InvitationLinkReissued.class));
        register(Topics.NOTIFICATION, List.of(NotificationDelivered.class, NotificationFailed.class));
        register(Topics.HUB, List.of(ResourcePublished.class, ResourceArchived.class, OpenEventScheduled.class,
                OpenEventChanged.class, OpenEventCancelled.class, RegistrationConfirmed.class, RegistrationWaitlisted.class,
                RegistrationCancelled.class, AttendanceRecorded.class, RecordingPublished.class));
    }

    private EventCatalogue() {
    }

    /** The entry for an envelope's type, or empty for a type this build does not know (consumers skip those). */
    public static Optional<Entry> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The entry for an event record; every {@link DomainEvent} implementation is registered. */
    public static Entry forEvent(DomainEvent event) {
        Entry entry = BY_CLASS.get(event.getClass());
        if (entry == null) {
            throw new IllegalArgumentException("not in the event catalogue: " + event.getClass().getName());
        }
        return entry;
    }

    public static List<Entry> all() {
        return List.copyOf(BY_TYPE.values());
    }

    private static void register(String topic, List<Class<? extends DomainEvent>> types) {
        for (Class<? extends DomainEvent> type : types) {
            Entry entry = new Entry(type.getSimpleName(), 1, topic, type);
            BY_TYPE.put(entry.type(), entry);
            BY_CLASS.put(type, entry);
        }
    }
}
