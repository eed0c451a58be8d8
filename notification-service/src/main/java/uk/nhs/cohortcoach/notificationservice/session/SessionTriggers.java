package uk.nhs.cohortcoach.notificationservice.session;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;

/** Applies {@link SessionMessages} to the message store. */
@Component
public class SessionTriggers {

    private final SessionMessages rules;
    private final EffectsApplier applier;
    private final Clock clock;

    SessionTriggers(ReminderSettings settings, EffectsApplier applier, Clock clock) {
        this.rules = new SessionMessages(settings);
        this.applier = applier;
        this.clock = clock;
    }

    /** @return false when the event is not about a session */
    public boolean on(CoachingEvent event) {
        if (event instanceof SessionScheduled e) {
            applier.apply(rules.scheduled(e, clock.instant()));
        } else if (event instanceof SessionRescheduled e) {
            applier.apply(rules.rescheduled(e, clock.instant()));
        } else if (event instanceof SessionCancelled e) {
            applier.apply(rules.cancelled(e, clock.instant()));
        } else if (event instanceof SessionLogged e) {
            applier.apply(rules.logged(e));
        } else if (event instanceof SessionNotHeld e) {
            applier.apply(rules.notHeld(e));
        } else if (event instanceof SessionDeleted e) {
            applier.apply(rules.deleted(e, clock.instant()));
        } else {
            return false;
        }
        return true;
    }
}
