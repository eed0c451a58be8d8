package uk.nhs.cohortcoach.web.api;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * notification-service's delivery log searched by name or email ({@code GET /api/notifications?q=}) and one message with
 * its content and attempts ({@code GET /api/notifications/{id}}), programme managers only. Retrying stays with
 * {@link NotificationApi}.
 */
@Component
public class DeliveryLogApi {

    private final RestClient client;

    public DeliveryLogApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().notification());
    }

    /** One page (0-based) of the log, newest first, {@link NotificationApi#PAGE_SIZE} a page; a blank filter is left out. */
    public NotificationPage search(String q, String status, String purpose, String personId, int page) {
        return client.get().uri(uri -> {
            UriBuilder query = uri.path("/api/notifications").queryParam("page", page).queryParam("size", NotificationApi.PAGE_SIZE)
                    .queryParam("sort", "createdAt,desc");
            if (!q.isEmpty()) {
                query.queryParam("q", "{q}");
            }
            if (!status.isEmpty()) {
                query.queryParam("status", status);
            }
            if (!purpose.isEmpty()) {
                query.queryParam("purpose", purpose);
            }
            if (!personId.isEmpty()) {
                query.queryParam("personId", "{personId}");
            }
            return query.build(java.util.Map.of("q", q, "personId", personId));
        }).retrieve().body(NotificationPage.class);
    }

    /** One message, with what it said (personal links replaced by words) and its attempts. */
    public DeliveryLogMessage message(String id) {
        return client.get().uri("/api/notifications/{id}", id).retrieve().body(DeliveryLogMessage.class);
    }
}
