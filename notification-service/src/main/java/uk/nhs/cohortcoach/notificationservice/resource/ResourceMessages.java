package uk.nhs.cohortcoach.notificationservice.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;

/**
 * Who hears of a published resource, as plain rules: the people who opted in and are in its audience. {@code EVERYONE}
 * and {@code MEMBERS}: every person the service knows; {@code COHORT}: the cohort's people as the read models know
 * them (programme managers, its coaches, the participants of its collaboratives); any other audience: nobody. One
 * email per person per resource (source {@code resource:<id>}): publishing it again after an edit, or after it was
 * archived, owes nothing new.
 */
public final class ResourceMessages {

    static final Set<String> EVERYONE = Set.of("EVERYONE", "MEMBERS");
    static final String COHORT = "COHORT";

    /**
     * @param optedIn  the people who want new-resource email
     * @param audience the people who may read it (for EVERYONE and MEMBERS: everyone known)
     */
    public Effects published(ResourcePublished e, Collection<String> optedIn, Collection<String> audience, Instant now) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resource_title", e.title() == null ? "" : e.title());
        fields.put("summary", e.summary() == null ? "" : e.summary());
        fields.put("kind", e.kind() == null ? "" : e.kind());
        fields.put("resource_id", e.resourceId());
        Set<String> recipients = new TreeSet<>(optedIn);
        recipients.retainAll(Set.copyOf(audience));
        List<NewMessage> messages = new ArrayList<>();
        for (String personId : recipients) {
            messages.add(new NewMessage("resource:" + e.resourceId(), personId, Purpose.NEW_RESOURCE, e.resourceId(),
                    e.eventId().toString(), "ResourcePublished", e.occurredAt(), now, fields, null));
        }
        return Effects.enqueue(messages);
    }

    /** Whether the audience is everyone the service knows (else it is a cohort's people, or nobody). */
    static boolean toEveryone(ResourcePublished e) {
        return EVERYONE.contains(e.audience());
    }

    static boolean toCohort(ResourcePublished e) {
        return COHORT.equals(e.audience()) && e.cohortId() != null && !e.cohortId().isBlank();
    }
}
