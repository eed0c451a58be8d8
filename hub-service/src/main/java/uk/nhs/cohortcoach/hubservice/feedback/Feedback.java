package uk.nhs.cohortcoach.hubservice.feedback;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEventProperties;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.registration.RegistrationLink;
import uk.nhs.cohortcoach.hubservice.registration.RegistrationLinks;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * Feedback through an attendee's link, once: the link is marked used on the registration (a compare-and-set write of
 * the event), then the rating is counted and the comment put at a random place in the event's {@link FeedbackTally}.
 * A stop between the two loses that one answer rather than counting it twice. Results for programme managers follow
 * {@link FeedbackRules}.
 */
@Service
public class Feedback {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the link's page shows. */
    public record OpenEventFeedbackLink(String openEventId, String title, Instant startsAt, boolean alreadyGiven) {
    }

    private final MongoTemplate mongo;
    private final OpenEvents events;
    private final RegistrationLinks links;
    private final OpenEventProperties properties;

    Feedback(MongoTemplate mongo, OpenEvents events, RegistrationLinks links, OpenEventProperties properties) {
        this.mongo = mongo;
        this.events = events;
        this.links = links;
        this.properties = properties;
    }

    /** The event the link is for; 404 for an unknown link or a registration that did not attend. */
    public OpenEventFeedbackLink view(String token) {
        RegistrationLinks.Found found = attendee(token);
        OpenEvent event = found.event();
        return new OpenEventFeedbackLink(event.id(), event.details().title(), event.startsAt(), found.registration().feedbackGiven());
    }

    public void give(String token, int rating, String comment) {
        RegistrationLinks.Found found = attendee(token);
        Instant closes = closesAt(found.event());
        if (!FeedbackRules.open(events.now(), closes)) {
            throw new ConflictException("Feedback for this event closed on " + FeedbackRules.date(closes) + ".", "feedback-closed");
        }
        String registrationId = found.registration().id();
        events.update(found.event().id(), current -> new OpenEvent.Changed(current.feedbackGiven(registrationId), List.of()));
        count(found.event().id(), rating, comment == null || comment.isBlank() ? null : comment.strip());
    }

    public FeedbackResults results(String openEventId) {
        OpenEvent event = events.get(openEventId);
        FeedbackTally tally = mongo.findById(openEventId, FeedbackTally.class);
        if (tally == null) {
            tally = FeedbackTally.none(openEventId);
        }
        Instant closes = closesAt(event);
        FeedbackRules.Decision decision = FeedbackRules.decide(tally.responses(), events.now(), closes);
        if (!decision.shown()) {
            return new FeedbackResults(null, true, null, null, List.of(), decision.note(), closes);
        }
        List<String> comments = new ArrayList<>(tally.comments());
        Collections.shuffle(comments, RANDOM);
        return new FeedbackResults(tally.responses(), false, FeedbackRules.byRating(tally.counts()),
                FeedbackRules.average(tally.counts()), comments, null, closes);
    }

    public Instant closesAt(OpenEvent event) {
        return event.endsAt().plus(properties.feedbackWindow());
    }

    private RegistrationLinks.Found attendee(String token) {
        RegistrationLinks.Found found = links.follow(token, RegistrationLink.Purpose.FEEDBACK, events);
        if (!found.registration().attended()) {
            throw new NotFoundException("This link is not valid, or has already been used.");
        }
        return found;
    }

    /** One atomic upsert: the rating's count, and the comment at a uniformly random place among those there. */
    private void count(String openEventId, int rating, String comment) {
        Document counts = new Document();
        for (int r = 1; r <= 5; r++) {
            counts.append("r" + r, r == rating ? 1L : 0L); // every count exists from the first answer on
        }
        Document update = new Document("$inc", counts);
        if (comment != null) {
            FeedbackTally current = mongo.findById(openEventId, FeedbackTally.class);
            int place = RANDOM.nextInt((current == null ? 0 : current.comments().size()) + 1);
            update.append("$push", new Document("comments", new Document("$each", List.of(comment)).append("$position", place)));
        }
        Query byId = Query.query(Criteria.where("_id").is(openEventId));
        mongo.getCollection(mongo.getCollectionName(FeedbackTally.class))
                .updateOne(byId.getQueryObject(), update, new UpdateOptions().upsert(true));
    }
}
