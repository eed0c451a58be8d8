package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * Subject access and erasure for one person (programme managers): each service answers for what it holds at
 * {@code GET /api/privacy/<service>/people/{id}}; erasure is cohort-service's {@code POST /api/people/{id}/erase},
 * which tells every other service.
 */
@Component
public class PersonalDataApi {

    /** Everything held about one person, by service; services that could not answer are named in {@code unavailable}. */
    public record Held(String personId, Instant generatedAt, Map<String, JsonNode> services, List<String> unavailable) {
    }

    /** What erasure answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Erased(String personId, String name, Instant erasedAt) {
    }

    /** The person's name, to ask "are you sure" about the right one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String id, String name) {
    }

    private final Map<String, RestClient> services = new LinkedHashMap<>();
    private final RestClient cohort;
    private final JsonMapper json;

    public PersonalDataApi(ApiClients clients, WebProperties properties, JsonMapper json) {
        this.json = json;
        this.cohort = clients.of(properties.api().cohort());
        Map<String, URI> uris = Map.of("cohort", properties.api().cohort(), "coaching", properties.api().coaching(),
                "survey", properties.api().survey(), "notification", properties.api().notification());
        for (String service : List.of("cohort", "coaching", "survey", "notification")) {
            services.put(service, clients.of(uris.get(service)));
        }
    }

    /**
     * Asks every service; cohort-service first, whose 404 ({@link ApiNotFoundException}) means there is no such
     * person. Another service's 404 means it holds nothing; one that fails or does not answer is named unavailable.
     */
    public Held collect(String personId, Instant now) {
        Map<String, JsonNode> held = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        for (Map.Entry<String, RestClient> service : services.entrySet()) {
            String name = service.getKey();
            try {
                held.put(name, service.getValue().get().uri("/api/privacy/{service}/people/{id}", name, personId).retrieve()
                        .body(JsonNode.class));
            } catch (ApiNotFoundException nothing) {
                if ("cohort".equals(name)) {
                    throw nothing;
                }
                held.put(name, json.createObjectNode().put("service", name + "-service").put("personId", personId).put("holds", "nothing"));
            } catch (ApiFailedException | ResourceAccessException failed) {
                if ("cohort".equals(name)) {
                    throw failed;
                }
                unavailable.add(name);
            }
        }
        return new Held(personId, now, held, unavailable);
    }

    public Person person(String personId) {
        return cohort.get().uri("/api/people/{id}", personId).retrieve().body(Person.class);
    }

    public Erased erase(String personId) {
        return cohort.post().uri("/api/people/{id}/erase", personId).retrieve().body(Erased.class);
    }
}
