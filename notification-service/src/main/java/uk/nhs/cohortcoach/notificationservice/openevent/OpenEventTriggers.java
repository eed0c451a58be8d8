package uk.nhs.cohortcoach.notificationservice.openevent;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.HubEvent;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventScheduled;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;

/**
 * Keeps the open-event and registration views ({@link OpenEventViews}) and applies {@link OpenEventMessages} to the
 * message store (called by the hub topic's listener). A view is written before the messages, so the rules and the
 * dispatcher find what an email is about and whom it is to.
 */
@Component
public class OpenEventTriggers {

    private final OpenEventMessages rules = new OpenEventMessages();
    private final OpenEventViews views;
    private final EffectsApplier applier;
    private final Clock clock;

    OpenEventTriggers(OpenEventViews views, EffectsApplier applier, Clock clock) {
        this.views = views;
        this.applier = applier;
        this.clock = clock;
    }

    /** @return false when the event is not about an open event */
    public boolean on(HubEvent event) {
        if (event instanceof OpenEventScheduled e) {
            views.keep(e.openEventId(), e.title(), e.startsAt(), e.endsAt(), e.timeZone(), e.joiningLink(), 0, false);
        } else if (event instanceof OpenEventChanged e) {
            changed(e);
        } else if (event instanceof OpenEventCancelled e) {
            Optional<OpenEventView> stored = views.event(e.openEventId());
            views.keep(e.openEventId(), e.title(), e.startsAt(), null, e.timeZone(), null,
                    stored.map(OpenEventView::sequence).orElse(0), true);
            applier.apply(rules.eventCancelled(e, views.event(e.openEventId()), views.registrationsOf(e.openEventId()), clock.instant()));
        } else if (event instanceof RegistrationConfirmed e) {
            views.register(e.openEventId(), e.registrationId(), e.name(), e.email(), Registration.CONFIRMED, 0);
            applier.apply(rules.confirmed(e, views.event(e.openEventId()), clock.instant()));
        } else if (event instanceof RegistrationWaitlisted e) {
            views.register(e.openEventId(), e.registrationId(), e.name(), e.email(), Registration.WAITLISTED, e.position());
            applier.apply(rules.waitlisted(e, views.event(e.openEventId()), clock.instant()));
        } else if (event instanceof RegistrationCancelled e) {
            views.cancel(e.registrationId());
            applier.apply(rules.cancelled(e, views.event(e.openEventId()), clock.instant()));
        } else if (event instanceof AttendanceRecorded e) {
            views.attended(e.attendedRegistrationIds());
            applier.apply(rules.attended(e, views.event(e.openEventId()), clock.instant()));
        } else if (event instanceof RecordingPublished e) {
            applier.apply(rules.recording(e, views.event(e.openEventId()), views.registrationsOf(e.openEventId()), clock.instant()));
        } else {
            return false;
        }
        return true;
    }

    /** A newer description is kept and its reminders and notices owed; an older one (a replay) changes nothing. */
    private void changed(OpenEventChanged e) {
        Optional<OpenEventView> previous = views.event(e.openEventId());
        if (!views.keep(e.openEventId(), e.title(), e.startsAt(), e.endsAt(), e.timeZone(), e.joiningLink(), e.sequence(), false)) {
            return;
        }
        OpenEventView current = views.event(e.openEventId()).orElseThrow();
        applier.apply(rules.changed(e, previous.orElse(null), current, views.registrationsOf(e.openEventId()), clock.instant()));
    }
}
