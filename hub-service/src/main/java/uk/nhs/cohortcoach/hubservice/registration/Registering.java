package uk.nhs.cohortcoach.hubservice.registration;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.Registrant;
import uk.nhs.cohortcoach.hubservice.openevent.RegistrationStatus;

/**
 * Registering for an open event and cancelling through the link. Registering answers nothing about what happened:
 * a place, the waiting list, or an address already registered look the same to the caller (the emails say which).
 */
@Service
public class Registering {

    private final OpenEvents events;
    private final RegistrationLinks links;

    Registering(OpenEvents events, RegistrationLinks links) {
        this.events = events;
        this.links = links;
    }

    /** Registers {@code who}; an address already registered for the event changes nothing and sends nothing. */
    public void register(String openEventId, Registrant who) {
        registerAsOf(openEventId, who, null);
    }

    /**
     * Registers as if at {@code at} (null: now). Only the demo data uses another time, to fill an event that has
     * already happened through the same moves as everyone else.
     */
    public void registerAsOf(String openEventId, Registrant who, Instant at) {
        String registrationId = UUID.randomUUID().toString();
        events.get(openEventId); // 404 for an unknown event before any link is made
        links.prepare(openEventId, registrationId);
        boolean stored = false;
        try {
            OpenEvent event = events.update(openEventId, current -> current.register(registrationId, who,
                    links.cancelHash(registrationId), links.feedbackHash(registrationId), at == null ? events.now() : at));
            stored = event.registration(registrationId).isPresent();
        } finally {
            if (!stored) {
                links.discard(registrationId);
            }
        }
    }

    /** The registration the cancel link leads to; 404 once it is cancelled (the link is single use). */
    public RegistrationLinks.Found viewCancellation(String token) {
        RegistrationLinks.Found found = links.follow(token, RegistrationLink.Purpose.CANCEL, events);
        if (found.registration().status() == RegistrationStatus.CANCELLED) {
            throw RegistrationLinks.notFound();
        }
        return found;
    }

    /** Cancels the registration the link leads to (a freed place goes to the first on the waiting list). */
    public void cancel(String token) {
        RegistrationLinks.Found found = viewCancellation(token);
        String registrationId = found.registration().id();
        events.update(found.event().id(), current -> {
            if (current.registration(registrationId).map(r -> r.status() == RegistrationStatus.CANCELLED).orElse(true)) {
                throw RegistrationLinks.notFound(); // cancelled by another request meanwhile: the link is used
            }
            return current.cancelRegistration(registrationId, events.now());
        });
    }
}
