package uk.nhs.cohortcoach.notificationservice.preference;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's email preferences; a person with none stored gets reminders and no new-resource email.
 *
 * @param personId  cohort-service's person id
 * @param reminders whether they want reminders (session, log, action due, survey)
 * @param newResources whether they want an email when a resource of the knowledge hub they may read is published
 *                  (opt-in: off until they turn it on; a document stored before it existed reads as off)
 * @param updatedAt when they last changed
 * @param updatedBy who changed them (the person, or a programme manager)
 */
@Document("preferences")
public record Preference(@Id String personId, boolean reminders, @Indexed Boolean newResources, Instant updatedAt,
        String updatedBy) {

    public Preference {
        newResources = Boolean.TRUE.equals(newResources);
    }

    public static Preference defaults(String personId) {
        return new Preference(personId, true, false, null, null);
    }
}
