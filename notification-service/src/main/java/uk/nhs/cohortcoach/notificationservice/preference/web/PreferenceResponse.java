package uk.nhs.cohortcoach.notificationservice.preference.web;

import java.time.Instant;
import uk.nhs.cohortcoach.notificationservice.preference.Preference;

/** A person's preferences; {@code updatedAt} is null while they have the defaults. */
record PreferenceResponse(String personId, boolean reminders, boolean newResources, Instant updatedAt) {

    static PreferenceResponse of(Preference preference) {
        return new PreferenceResponse(preference.personId(), preference.reminders(), preference.newResources(),
                preference.updatedAt());
    }
}
