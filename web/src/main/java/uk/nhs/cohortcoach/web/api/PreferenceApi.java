package uk.nhs.cohortcoach.web.api;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * notification-service's {@code /api/preferences/me}: the signed-in person's own email preferences (any role).
 * Reminders and new-resource emails are changed by separate operations; each answers the whole preference.
 */
@Component
public class PreferenceApi {

    private final RestClient client;

    public PreferenceApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().notification());
    }

    public Preference mine() {
        return client.get().uri("/api/preferences/me").retrieve().body(Preference.class);
    }

    /** Reminders on or off; a refusal is an {@link ApiProblemException} for the form. */
    public Preference change(boolean reminders) {
        return client.put().uri("/api/preferences/me").contentType(MediaType.APPLICATION_JSON)
                .body(new PreferenceChange(reminders)).retrieve().body(Preference.class);
    }

    /** New-resource emails on or off ({@code PUT /api/preferences/me/new-resources}); a refusal is an {@link ApiProblemException}. */
    public Preference changeNewResources(boolean newResources) {
        return client.put().uri("/api/preferences/me/new-resources").contentType(MediaType.APPLICATION_JSON)
                .body(new NewResourcesChange(newResources)).retrieve().body(Preference.class);
    }

    /** The body of {@code PUT /api/preferences/me}. */
    record PreferenceChange(boolean reminders) {
    }

    /** The body of {@code PUT /api/preferences/me/new-resources}. */
    record NewResourcesChange(boolean newResources) {
    }
}
