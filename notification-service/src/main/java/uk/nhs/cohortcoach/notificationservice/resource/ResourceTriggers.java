package uk.nhs.cohortcoach.notificationservice.resource;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.person.Memberships;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.platform.events.hub.HubEvent;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;

/**
 * Applies {@link ResourceMessages} to the message store (called by the hub topic's listener): finds who opted in, then
 * which of them are in the audience (the people read model, and for a cohort {@link Memberships}).
 */
@Component
public class ResourceTriggers {

    private final ResourceMessages rules = new ResourceMessages();
    private final Preferences preferences;
    private final Memberships memberships;
    private final MongoTemplate mongo;
    private final EffectsApplier applier;
    private final Clock clock;

    ResourceTriggers(Preferences preferences, Memberships memberships, MongoTemplate mongo, EffectsApplier applier, Clock clock) {
        this.preferences = preferences;
        this.memberships = memberships;
        this.mongo = mongo;
        this.applier = applier;
        this.clock = clock;
    }

    /** @return false when the event is not a resource's publication */
    public boolean on(HubEvent event) {
        if (!(event instanceof ResourcePublished e)) {
            return false;
        }
        List<String> optedIn = preferences.optedInToNewResources();
        if (optedIn.isEmpty()) {
            return true;
        }
        Collection<String> audience;
        if (ResourceMessages.toEveryone(e)) {
            audience = known(optedIn);
        } else if (ResourceMessages.toCohort(e)) {
            audience = memberships.peopleOfCohort(e.cohortId());
        } else {
            audience = Set.of();
        }
        applier.apply(rules.published(e, optedIn, audience, clock.instant()));
        return true;
    }

    /** Those of the people the read model knows (an erased person's preference is gone with them anyway). */
    private List<String> known(List<String> personIds) {
        Query query = Query.query(Criteria.where("_id").in(personIds));
        query.fields().include("_id");
        return mongo.find(query, Person.class).stream().map(Person::id).toList();
    }
}
