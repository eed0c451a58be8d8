package uk.nhs.cohortcoach.notificationservice.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.preference.Preference;

/** Gathers what notification-service holds about one person (empty lists for what it holds none of). */
@Component
public class NotificationSubjectAccess {

    private final MongoTemplate mongo;
    private final Clock clock;

    NotificationSubjectAccess(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    NotificationExport export(String personId) {
        Person person = mongo.findById(personId, Person.class);
        Preference preference = mongo.findById(personId, Preference.class);
        List<NotificationExport.MessageData> messages = mongo.find(Query.query(Criteria.where("recipientId").is(personId))
                .with(Sort.by("createdAt")), Message.class).stream()
                .map(m -> new NotificationExport.MessageData(m.id(), m.purpose().name(), m.status().name(), m.createdAt(),
                        m.completedAt(), m.eventType(), m.subjectId(), m.personalisation())).toList();
        List<Map<String, Object>> invitations = mongo.find(Query.query(Criteria.where("personId").is(personId)), Document.class,
                "invitations").stream().map(d -> {
                    Map<String, Object> invitation = new LinkedHashMap<>();
                    invitation.put("invitationId", d.get("_id"));
                    invitation.put("waveId", d.get("waveId"));
                    invitation.put("collaborativeId", d.get("collaborativeId"));
                    invitation.put("closesAt", d.get("closesAt") instanceof java.util.Date date ? date.toInstant() : null);
                    invitation.put("left", d.get("left"));
                    return invitation;
                }).toList();
        return new NotificationExport("notification-service", personId, clock.instant(),
                person == null ? null : new NotificationExport.PersonData(person.name(), person.email(),
                        person.roles().stream().sorted().toList(), person.currentCollaborativeIds()),
                preference == null ? null : new NotificationExport.PreferenceData(preference.reminders(), preference.updatedAt(),
                        preference.updatedBy()),
                messages, invitations);
    }
}
