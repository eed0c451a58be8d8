package uk.nhs.cohortcoach.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * hub-service's {@code /api/resources}, called as the signed-in person (or as nobody: the published resources of
 * audience {@code EVERYONE} need no sign-in, and hub-service filters by the audience the token allows).
 */
@Component
public class HubApi {

    private final RestClient client;

    public HubApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().hub());
    }

    /** The published resources the viewer may see, filtered; {@code page} from 0. */
    public HubResourcePage search(String kind, String component, String theme, String q, int page, int size) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("component", component);
        values.put("theme", theme);
        values.put("q", q);
        values.put("page", page);
        values.put("size", size);
        return client.get().uri(uri -> query(uri.path("/api/resources"), values)).retrieve().body(HubResourcePage.class);
    }

    public HubTaxonomy taxonomy() {
        return client.get().uri("/api/resources/taxonomy").retrieve().body(HubTaxonomy.class);
    }

    /** One resource; 404 ({@link ApiNotFoundException}) for one the viewer may not see, whether or not it exists. */
    public HubResource get(String id) {
        return client.get().uri("/api/resources/{id}", id).retrieve().body(HubResource.class);
    }

    /** Every resource whatever its status (programme managers), optionally of one status. */
    public List<HubResourceSummary> manage(String status) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        HubResourcePage page = client.get().uri(uri -> query(uri.path("/api/resources/manage"), values))
                .retrieve().body(HubResourcePage.class);
        return page == null ? List.of() : page.items();
    }

    /** Creates a draft; a refusal with field errors is an {@link ApiProblemException} for the form. */
    public HubResource create(NewHubResource resource) {
        return client.post().uri("/api/resources").contentType(MediaType.APPLICATION_JSON).body(resource)
                .retrieve().body(HubResource.class);
    }

    /** Changes a resource (409 on a stale version). */
    public HubResource update(String id, NewHubResource resource) {
        return client.put().uri("/api/resources/{id}", id).contentType(MediaType.APPLICATION_JSON).body(resource)
                .retrieve().body(HubResource.class);
    }

    public HubResource publish(String id, long version) {
        return move(id, "publish", version);
    }

    public HubResource archive(String id, long version) {
        return move(id, "archive", version);
    }

    /**
     * Forwards an uploaded file as the multipart part {@code file}, declared a PDF (whatever the browser said):
     * hub-service decides by the content, and by the size.
     */
    public HubResource.Attachment attach(String id, String fileName, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDispositionFormData("file", fileName);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        return client.post().uri("/api/resources/{id}/attachments", id).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().body(HubResource.Attachment.class);
    }

    public void removeAttachment(String id, String attachmentId) {
        client.delete().uri("/api/resources/{id}/attachments/{attachmentId}", id, attachmentId).retrieve().toBodilessEntity();
    }

    private HubResource move(String id, String to, long version) {
        return client.post().uri("/api/resources/{id}/" + to, id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("version", version)).retrieve().body(HubResource.class);
    }

    /** The parameters given (blank ones left out) as URI variables, so every value is encoded, {@code +} and braces too. */
    private static java.net.URI query(UriBuilder builder, Map<String, Object> values) {
        Map<String, Object> given = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                builder.queryParam(name, "{" + name + "}");
                given.put(name, value);
            }
        });
        return builder.build(given);
    }
}
