package uk.nhs.cohortcoach.notificationservice.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;

/**
 * Keeps the session views ({@link SessionViews}) and applies {@link SessionMessages} to the message store. A view is
 * written before the messages, so a message's calendar link finds what it names.
 */
@Component
public class SessionTriggers {

    private final SessionMessages rules;
    private final EffectsApplier applier;
    private final SessionViews views;
    private final Clock clock;

    SessionTriggers(ReminderSettings settings, EffectsApplier applier, SessionViews views, Clock clock) {
        this.rules = new SessionMessages(settings);
        this.applier = applier;
        this.views = views;
        this.clock = clock;
    }

    /** @return false when the event is not about a session */
    public boolean on(CoachingEvent event) {
        if (event instanceof SessionScheduled e) {
            views.keep(new SessionView(e.sessionId(), e.seriesId(), e.coachId(), e.inviteeIds(), e.title(), e.startsAt(),
                    e.endsAt(), e.timeZone(), e.location(), e.videoLink(), 0, false));
            applier.apply(rules.scheduled(e, clock.instant()));
        } else if (event instanceof SeriesScheduled e) {
            seriesScheduled(e);
        } else if (event instanceof SeriesChanged e) {
            seriesChanged(e);
        } else if (event instanceof SessionRescheduled e) {
            // the session's own SessionScheduled (same key) came first, so its view knows its series
            String seriesId = views.session(e.sessionId()).map(SessionView::seriesId).orElse(null);
            views.keep(new SessionView(e.sessionId(), seriesId, e.coachId(), e.inviteeIds(), e.title(), e.startsAt(),
                    e.endsAt(), e.timeZone(), e.location(), e.videoLink(), e.sequence(), false));
            applier.apply(rules.rescheduled(e, seriesId, clock.instant()));
        } else if (event instanceof SessionCancelled e) {
            Optional<SessionView> stored = views.session(e.sessionId());
            views.keep(stored.map(view -> view.cancelledAt(e.sequence()))
                    .orElseGet(() -> new SessionView(e.sessionId(), null, e.coachId(), e.inviteeIds(), e.title(), e.startsAt(),
                            null, e.timeZone(), null, null, e.sequence(), true)));
            applier.apply(rules.cancelled(e, stored.map(SessionView::seriesId).orElse(null), clock.instant()));
        } else if (event instanceof SessionLogged e) {
            applier.apply(rules.logged(e));
        } else if (event instanceof SessionNotHeld e) {
            applier.apply(rules.notHeld(e));
        } else if (event instanceof SessionDeleted e) {
            views.keep(views.session(e.sessionId()).map(stored -> stored.cancelledAt(e.sequence()))
                    .orElseGet(() -> new SessionView(e.sessionId(), null, e.coachId(), e.inviteeIds(), e.title(), e.startsAt(),
                            e.endsAt(), e.timeZone(), null, null, e.sequence(), true)));
            applier.apply(rules.deleted(e, clock.instant()));
        } else {
            return false;
        }
        return true;
    }

    /** The changed sessions' views (where newer than those stored), then one notice per person for them all. */
    private void seriesChanged(SeriesChanged e) {
        boolean cancelled = SeriesChanged.CANCELLED.equals(e.change());
        for (SeriesChanged.Occurrence o : e.occurrences()) {
            views.keep(new SessionView(o.sessionId(), e.seriesId(), e.coachId(), e.inviteeIds(), e.title(), o.startsAt(),
                    o.endsAt(), e.timeZone(), o.location(), e.videoLink(), o.sequence(), cancelled));
        }
        applier.apply(rules.seriesChanged(e, clock.instant()));
    }

    /**
     * The series and each occurrence whose own SessionScheduled has not been read yet (those read already, and any
     * change to them, stand), then one invitation per person from the sessions as they now are.
     */
    private void seriesScheduled(SeriesScheduled e) {
        views.keep(new SeriesView(e.seriesId(), e.coachId(), e.inviteeIds(), e.title(),
                e.occurrences().stream().map(SeriesScheduled.Occurrence::sessionId).toList()));
        for (SeriesScheduled.Occurrence occurrence : e.occurrences()) {
            views.keepIfAbsent(new SessionView(occurrence.sessionId(), e.seriesId(), e.coachId(), e.inviteeIds(), e.title(),
                    occurrence.startsAt(), occurrence.endsAt(), e.timeZone(), e.location(), e.videoLink(), 0, false));
        }
        List<SessionView> current = views.sessions(e.occurrences().stream().map(SeriesScheduled.Occurrence::sessionId).toList());
        applier.apply(rules.seriesScheduled(e, current, clock.instant()));
    }
}
