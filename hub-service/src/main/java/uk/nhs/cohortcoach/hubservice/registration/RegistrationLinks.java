package uk.nhs.cohortcoach.hubservice.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.hubservice.HubProperties;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.Registration;
import uk.nhs.cohortcoach.platform.events.RegistrationTokens;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/** Makes a registration's link hashes and finds the registration a link's token leads to. */
@Service
public class RegistrationLinks {

    /** A link's open event and registration, as stored now. */
    public record Found(OpenEvent event, Registration registration) {
    }

    private final MongoTemplate mongo;
    private final byte[] secret;

    RegistrationLinks(MongoTemplate mongo, HubProperties properties) {
        this.mongo = mongo;
        this.secret = properties.registrationLinkSecretBytes();
    }

    String cancelHash(String registrationId) {
        return RegistrationTokens.hash(RegistrationTokens.cancelToken(secret, registrationId));
    }

    String feedbackHash(String registrationId) {
        return RegistrationTokens.hash(RegistrationTokens.feedbackToken(secret, registrationId));
    }

    /** Stores where both links of a new registration lead, before the registration is written. */
    void prepare(String openEventId, String registrationId) {
        mongo.insertAll(List.of(
                new RegistrationLink(cancelHash(registrationId), RegistrationLink.Purpose.CANCEL, openEventId, registrationId),
                new RegistrationLink(feedbackHash(registrationId), RegistrationLink.Purpose.FEEDBACK, openEventId, registrationId)));
    }

    /** Forgets the links of a registration that was not stored (the address was already registered, or it was refused). */
    void discard(String registrationId) {
        mongo.remove(Query.query(Criteria.where("_id").in(cancelHash(registrationId), feedbackHash(registrationId))),
                RegistrationLink.class);
    }

    /**
     * The registration a token leads to, or 404 (an unknown token, a link of another purpose, a registration never
     * stored) — the same answer for each, so a link tells nothing about others.
     */
    public Found follow(String token, RegistrationLink.Purpose purpose, OpenEvents events) {
        if (token == null || token.length() > 200) {
            throw notFound();
        }
        RegistrationLink link = mongo.findById(RegistrationTokens.hash(token), RegistrationLink.class);
        if (link == null || link.purpose() != purpose) {
            throw notFound();
        }
        OpenEvent event;
        try {
            event = events.get(link.openEventId());
        } catch (NotFoundException e) {
            throw notFound();
        }
        Optional<Registration> registration = event.registration(link.registrationId());
        return new Found(event, registration.orElseThrow(RegistrationLinks::notFound));
    }

    static NotFoundException notFound() {
        return new NotFoundException("This link is not valid, or has already been used.");
    }
}
