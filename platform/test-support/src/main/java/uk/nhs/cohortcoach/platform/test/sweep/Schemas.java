package uk.nhs.cohortcoach.platform.test.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads the schemas of an OpenAPI document: resolves references and makes a plausible value of each. */
final class Schemas {

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 20 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (resolved.has("properties")) {
            return "object";
        }
        return "";
    }

    /**
     * The schema's format; {@value #LOCAL_DATE_TIME} for text whose pattern is a date and time without an
     * offset (the document gives local London times no format, since "date-time" would mean an offset).
     */
    String format(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (!resolved.has("format") && resolved.path("pattern").asString("").startsWith("^\\d{4}-\\d{2}-\\d{2}T")) {
            return LOCAL_DATE_TIME;
        }
        return resolved.path("format").asString("");
    }

    static final String LOCAL_DATE_TIME = "local-date-time";

    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : resolve(schema).path("properties").properties()) {
            properties.put(property.getKey(), property.getValue());
        }
        return properties;
    }

    List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        resolve(schema).path("required").forEach(name -> names.add(name.asString()));
        return names;
    }

    List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        resolve(schema).path("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    /** A value of the schema's shape: every property filled, ids as UUIDs, dates in range. */
    Object sample(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        List<String> values = enumValues(resolved);
        if (!values.isEmpty()) {
            return values.get(0);
        }
        switch (type(resolved)) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 4) {
                    properties(resolved).forEach((property, propertySchema) ->
                            object.put(property, sample(propertySchema, property, depth + 1)));
                }
                return object;
            }
            case "array": {
                List<Object> list = new ArrayList<>();
                if (depth < 4) {
                    list.add(sample(resolved.path("items"), name, depth + 1));
                }
                return list;
            }
            case "integer":
                return resolved.has("minimum") ? resolved.path("minimum").asLong() : 1;
            case "number":
                return resolved.has("minimum") ? resolved.path("minimum").asDouble() : 1.5;
            case "boolean":
                return Boolean.TRUE;
            default:
                return sampleText(format(resolved), name);
        }
    }

    private static String sampleText(String format, String name) {
        String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if ("date".equals(format)) {
            return "2027-03-01";
        }
        if ("date-time".equals(format)) {
            return "2027-03-01T10:00:00Z";
        }
        if (LOCAL_DATE_TIME.equals(format)) {
            return "2027-03-01T10:00";
        }
        if ("email".equals(format) || lower.contains("email")) {
            return "sweep@example.nhs.uk";
        }
        if ("uri".equals(format) || lower.contains("link") || lower.contains("url")) {
            return "https://example.nhs.uk/sweep";
        }
        if (lower.endsWith("id") || "uuid".equals(format)) {
            return UUID.randomUUID().toString();
        }
        if (lower.contains("ods")) {
            return "RHQ";
        }
        return "Sweep sample";
    }
}
