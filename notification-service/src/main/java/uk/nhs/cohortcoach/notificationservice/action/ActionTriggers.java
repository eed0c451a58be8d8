package uk.nhs.cohortcoach.notificationservice.action;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;

/** Applies {@link ActionMessages} to the message store (called by the coaching topic's listener). */
@Component
public class ActionTriggers {

    private final ActionMessages rules;
    private final EffectsApplier applier;
    private final Clock clock;

    ActionTriggers(ReminderSettings settings, EffectsApplier applier, Clock clock) {
        this.rules = new ActionMessages(settings);
        this.applier = applier;
        this.clock = clock;
    }

    /** @return false when the event is not about an action */
    public boolean on(CoachingEvent event) {
        if (event instanceof ActionAssigned e) {
            applier.apply(rules.assigned(e, clock.instant()));
        } else if (event instanceof ActionCompleted e) {
            applier.apply(rules.completed(e));
        } else if (event instanceof ActionUpdated e) {
            applier.apply(rules.updated(e, clock.instant()));
        } else if (event instanceof ActionReassigned e) {
            applier.apply(rules.reassigned(e, clock.instant()));
        } else if (event instanceof ActionReopened e) {
            applier.apply(rules.reopened(e, clock.instant()));
        } else {
            return false;
        }
        return true;
    }
}
