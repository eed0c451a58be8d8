package uk.nhs.cohortcoach.web.api;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import uk.nhs.cohortcoach.web.WebProperties;

/** notification-service's delivery log, {@code /api/notifications} (programme managers). */
@Component
public class NotificationApi {

    /** Entries on one page of the log. */
    public static final int PAGE_SIZE = 25;

    private final RestClient client;

    public NotificationApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().notification());
    }

    /** One page (0-based) of the log, newest first; a blank filter is left out. */
    public NotificationPage list(String status, String purpose, String personId, int page) {
        return client.get().uri(uri -> {
            UriBuilder query = uri.path("/api/notifications").queryParam("page", page).queryParam("size", PAGE_SIZE)
                    .queryParam("sort", "createdAt,desc");
            if (!status.isEmpty()) {
                query.queryParam("status", status);
            }
            if (!purpose.isEmpty()) {
                query.queryParam("purpose", purpose);
            }
            if (!personId.isEmpty()) {
                query.queryParam("personId", personId);
            }
            return query.build();
        }).retrieve().body(NotificationPage.class);
    }

    public NotificationEntry get(String id) {
        return client.get().uri("/api/notifications/{id}", id).retrieve().body(NotificationEntry.class);
    }

    /** Sends a failed message again; 409 ({@link ApiProblemException}) when it has not failed. */
    public void retry(String id) {
        client.post().uri("/api/notifications/{id}/retry", id).retrieve().toBodilessEntity();
    }
}
