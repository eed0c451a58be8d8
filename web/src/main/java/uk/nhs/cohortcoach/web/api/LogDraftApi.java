package uk.nhs.cohortcoach.web.api;

import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** coaching-service's {@code /api/sessions/{id}/log-draft}: the session's coach keeps, reads and discards a draft of its log. */
@Component
public class LogDraftApi {

    private final RestClient client;

    public LogDraftApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().coaching());
    }

    /** The session's draft, or empty when there is none. */
    public Optional<LogDraft> draft(String sessionId) {
        try {
            return Optional.ofNullable(client.get().uri("/api/sessions/{id}/log-draft", sessionId).retrieve().body(LogDraft.class));
        } catch (ApiNotFoundException none) {
            return Optional.empty();
        }
    }

    /** Keeps the draft as typed, replacing the last; answers it with when it was saved. */
    public LogDraft keep(String sessionId, LogDraft.Content content) {
        return client.put().uri("/api/sessions/{id}/log-draft", sessionId).contentType(MediaType.APPLICATION_JSON).body(content)
                .retrieve().body(LogDraft.class);
    }
}
