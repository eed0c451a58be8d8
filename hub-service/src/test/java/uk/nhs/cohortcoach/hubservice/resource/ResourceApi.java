package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** Writing resources through the running service's API, as a programme manager does. */
record ResourceApi(Http http) {

    static final String MANAGER = Http.bearer("manager-it", Role.PROGRAMME_MANAGER);

    /** A draft with these parts; answers the resource JSON. */
    JsonNode draft(Map<String, Object> fields) {
        HttpResponse<String> response = http.post("/api/resources", MANAGER, Http.JSON.writeValueAsString(fields));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    JsonNode published(Map<String, Object> fields) {
        JsonNode draft = draft(fields);
        return publish(draft.path("id").asString(), draft.path("version").asLong());
    }

    JsonNode publish(String id, long version) {
        HttpResponse<String> response = http.post("/api/resources/" + id + "/publish", MANAGER, "{\"version\":" + version + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    JsonNode archive(String id, long version) {
        HttpResponse<String> response = http.post("/api/resources/" + id + "/archive", MANAGER, "{\"version\":" + version + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    /** A resource's parts: the given title, summary and body, everything else plain. */
    static Map<String, Object> resource(String title, String summary, String body, String audience, String cohortId) {
        java.util.LinkedHashMap<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("kind", "TOOL");
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("links", List.of());
        fields.put("components", List.of());
        fields.put("themes", List.of());
        fields.put("audience", audience);
        fields.put("cohortId", cohortId);
        return fields;
    }

    /** The ids of a list answer, in order. */
    static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }
}
