package uk.nhs.cohortcoach.platform.test.sweep;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Makes the hostile requests for every operation of an OpenAPI document. Writes (POST, PUT, PATCH,
 * DELETE) get only values that can never be right, so every answer must be a refusal and nothing may
 * be stored; reads also get doubtful values (a regular expression, an operator as text, -1), which
 * must simply not break the service.
 */
final class HostileCases {

    static final String JSON = "application/json";
    private static final String LONG_LINE = "a".repeat(3_000);
    private static final String HUGE_TEXT = "b".repeat(25_000);

    private final JsonNode document;
    private final Schemas schemas;

    HostileCases(JsonNode document) {
        this.document = document;
        this.schemas = new Schemas(document);
    }

    List<SweepCase> all() {
        List<SweepCase> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    cases.addAll(forOperation(method, path.getKey(), operation.getValue()));
                }
            }
        }
        return cases;
    }

    /** Operations in the document that a client writes with (for the authorisation checks). */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    operations.add(new Operation(method, path.getKey(), baseTarget(path.getKey(), operation.getValue(), Map.of()),
                            operation.getValue()));
                }
            }
        }
        return operations;
    }

    /** An operation of the document, with its path filled with plausible values. */
    record Operation(String method, String template, String target, JsonNode spec) {

        String name() {
            return method + " " + template;
        }

        boolean isWrite() {
            return !"GET".equals(method);
        }

        boolean needsToken() {
            JsonNode security = spec.path("security");
            return !(security.isArray() && security.isEmpty());
        }

        List<String> requiredRoles() {
            List<String> roles = new ArrayList<>();
            spec.path("x-required-roles").forEach(role -> roles.add(role.asString()));
            return roles;
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }
    }

    private List<SweepCase> forOperation(String method, String template, JsonNode operation) {
        String name = method + " " + template;
        boolean write = !"GET".equals(method);
        List<SweepCase> cases = new ArrayList<>();
        Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = schemas.resolve(parameter);
            String in = resolved.path("in").asString();
            if ("path".equals(in)) {
                pathParameters.put(resolved.path("name").asString(), resolved.path("schema"));
            } else if ("query".equals(in)) {
                queryParameters.put(resolved.path("name").asString(), resolved.path("schema"));
            }
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path(JSON).path("schema");
        byte[] baseBody = bodySchema.isMissingNode() ? null
                : Json.write(schemas.sample(bodySchema, null, 0)).getBytes(StandardCharsets.UTF_8);
        String base = baseTarget(template, operation, Map.of());

        pathParameters.forEach((parameter, schema) -> {
            for (Hostile value : pathValues(schema)) {
                // with a body, the body may be refused first (and rightly named instead of the path)
                cases.add(new SweepCase(name, method, baseTarget(template, operation, Map.of(parameter, value.encoded())),
                        "path " + parameter + " = " + value.label(), baseBody == null ? parameter : null, baseBody, JSON, true));
            }
        });
        queryParameters.forEach((parameter, schema) -> {
            for (Hostile value : queryValues(schema)) {
                if (write && !value.mustRefuse()) {
                    continue;
                }
                cases.add(new SweepCase(name, method, base + "?" + parameter + "=" + value.encoded(),
                        "query " + parameter + " = " + value.label(), parameter, baseBody, JSON, value.mustRefuse()));
            }
        });
        cases.add(new SweepCase(name, method, base + "?sweep%00=1", "query name with NUL", null, baseBody, JSON, true));
        cases.add(new SweepCase(name, method, base + "?sweep=%C3%28", "unknown query parameter, invalid UTF-8", null, baseBody, JSON, true));
        if (baseBody != null) {
            cases.addAll(bodyCases(name, method, base, bodySchema));
        }
        return cases;
    }

    private String baseTarget(String template, JsonNode operation, Map<String, String> overrides) {
        String target = template;
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = schemas.resolve(parameter);
            if (!"path".equals(resolved.path("in").asString())) {
                continue;
            }
            String name = resolved.path("name").asString();
            String value = overrides.containsKey(name) ? overrides.get(name)
                    : "integer".equals(schemas.type(resolved.path("schema"))) ? "1" : UUID.randomUUID().toString();
            target = target.replace("{" + name + "}", value);
        }
        return target;
    }

    /** A hostile value: as it goes on the wire (percent-encoded), a label, and whether nothing may accept it. */
    record Hostile(String encoded, String label, boolean mustRefuse) {
    }

    private List<Hostile> pathValues(JsonNode schema) {
        List<Hostile> values = new ArrayList<>(List.of(
                new Hostile(UUID.randomUUID().toString(), "unknown id", true),
                new Hostile("a%00b", "NUL", true),
                new Hostile("a%07b", "control character", true),
                new Hostile("evil%E2%80%AEtxt", "right-to-left override", true),
                new Hostile("a%C3%28", "invalid UTF-8", true),
                new Hostile("a%ED%A0%80", "UTF-8 encoded surrogate", true),
                new Hostile("a%C0%AF", "overlong UTF-8", true),
                new Hostile(LONG_LINE, "3,000 characters", true),
                new Hostile("%24where", "$where", true),
                new Hostile("%7B%22%24gt%22%3A%22%22%7D", "{\"$gt\":\"\"}", true)));
        if ("integer".equals(schemas.type(schema))) {
            values.add(new Hostile("99999999999999999999", "beyond long", true));
            values.add(new Hostile("2147483648", "beyond int", true));
            values.add(new Hostile("1e3", "exponent", true));
            values.add(new Hostile("-1", "negative", true));
            values.add(new Hostile("abc", "not a number", true));
        }
        return values;
    }

    private List<Hostile> queryValues(JsonNode schema) {
        List<Hostile> values = new ArrayList<>(List.of(
                new Hostile("a%00b", "NUL", true),
                new Hostile("a%1Bb", "escape character", true),
                new Hostile("evil%E2%80%AEtxt", "right-to-left override", true),
                new Hostile("a%C3%28", "invalid UTF-8", true),
                new Hostile("a%ED%A0%80", "UTF-8 encoded surrogate", true),
                new Hostile("a%E9", "Latin-1 byte", true),
                new Hostile(LONG_LINE, "3,000 characters", true)));
        List<String> allowed = schemas.enumValues(schema);
        String type = schemas.type(schema);
        String format = schemas.format(schema);
        if (!allowed.isEmpty()) {
            values.add(new Hostile("NOT_A_VALUE", "not one of the allowed values", true));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.add(new Hostile("99999999999999999999", "beyond long", true));
            values.add(new Hostile("2147483648", "beyond int", "int32".equals(format)));
            values.add(new Hostile("1e3", "exponent", true));
            values.add(new Hostile("1.5", "fraction", "integer".equals(type)));
            values.add(new Hostile("abc", "not a number", true));
            values.add(new Hostile("-1", "negative", false));
            values.add(new Hostile("2147483647", "largest int", false));
        } else if ("boolean".equals(type)) {
            values.add(new Hostile("maybe", "not a boolean", true));
        } else if ("date".equals(format) || "date-time".equals(format) || Schemas.LOCAL_DATE_TIME.equals(format)) {
            if (Schemas.LOCAL_DATE_TIME.equals(format)) {
                values.add(new Hostile("2027-03-01T10:00:00Z", "local time with Z", true));
                values.add(new Hostile("2027-03-01T10:00%2B01:00", "local time with an offset", true));
            }
            values.add(new Hostile("%2B999999999-12-31", "year +999999999", true));
            values.add(new Hostile("-999999999-01-01", "year -999999999", true));
            values.add(new Hostile("1999-12-31", "before 2000", true));
            values.add(new Hostile("2101-01-01", "after 2100", true));
            values.add(new Hostile("1700000000", "epoch seconds", true));
            values.add(new Hostile("2026-02-30", "30 February", true));
            values.add(new Hostile("2026-13-01", "month 13", true));
        } else {
            values.add(new Hostile("%7B%22%24gt%22%3A%22%22%7D", "{\"$gt\":\"\"}", false));
            values.add(new Hostile("%24where", "$where", false));
            values.add(new Hostile("%5B", "unclosed [", false));
            values.add(new Hostile("(a%2B)%2B%24", "(a+)+$", false));
            values.add(new Hostile("..%2F..%2Fetc", "../../etc", false));
        }
        return values;
    }

    private List<SweepCase> bodyCases(String name, String method, String target, JsonNode schema) {
        List<SweepCase> cases = new ArrayList<>();
        boolean anyRequired = !schemas.required(schema).isEmpty();
        whole(cases, name, method, target, "empty body", new byte[0], JSON);
        whole(cases, name, method, target, "null", bytes("null"), JSON);
        whole(cases, name, method, target, "array", bytes("[]"), JSON);
        whole(cases, name, method, target, "array of the body", bytes("[" + Json.write(schemas.sample(schema, null, 0)) + "]"), JSON);
        whole(cases, name, method, target, "string", bytes("\"text\""), JSON);
        whole(cases, name, method, target, "number", bytes("42"), JSON);
        whole(cases, name, method, target, "truncated", bytes("{"), JSON);
        whole(cases, name, method, target, "two documents", bytes("{}{}"), JSON);
        whole(cases, name, method, target, "nested 5,000 deep", bytes("[".repeat(5_000) + "]".repeat(5_000)), JSON);
        whole(cases, name, method, target, "object nested 3,000 deep", bytes("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)), JSON);
        whole(cases, name, method, target, "$where operator", bytes("{\"$where\":\"sleep(1000)\"}"), JSON);
        whole(cases, name, method, target, "dotted key", bytes("{\"a.b\":1}"), JSON);
        whole(cases, name, method, target, "invalid UTF-8 in a string", concat(bytes("{\"x\":\"a"), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}")), JSON);
        whole(cases, name, method, target, "overlong UTF-8 in a string", concat(bytes("{\"x\":\"a"), new byte[] {(byte) 0xC0, (byte) 0xAF}, bytes("\"}")), JSON);
        whole(cases, name, method, target, "Latin-1 bytes declared UTF-8", concat(bytes("{\"x\":\"caf"), new byte[] {(byte) 0xE9}, bytes("\"}")), JSON);
        whole(cases, name, method, target, "over 1 MB", bytes("{\"x\":\"" + "c".repeat(1_100_000) + "\"}"), JSON);
        whole(cases, name, method, target, "not JSON", bytes("name=sweep"), "application/x-www-form-urlencoded");
        whole(cases, name, method, target, "text/plain", bytes("{}"), "text/plain");
        if (anyRequired) {
            whole(cases, name, method, target, "empty object", bytes("{}"), JSON);
        }
        Object base = schemas.sample(schema, null, 0);
        fieldCases(cases, name, method, target, schema, base, new ArrayList<>(), 0);
        return cases;
    }

    private void fieldCases(List<SweepCase> cases, String name, String method, String target, JsonNode schema, Object base,
            List<Object> path, int depth) {
        if (depth > 3) {
            return;
        }
        Map<String, JsonNode> properties = schemas.properties(schema);
        List<String> required = schemas.required(schema);
        cases.add(mutated(name, method, target, base, path, "sweepUnknownField", Mutation.add("x"), "unknown field"));
        properties.forEach((property, propertySchema) -> {
            List<Object> at = new ArrayList<>(path);
            at.add(property);
            if (required.contains(property)) {
                cases.add(mutated(name, method, target, base, at, null, Mutation.REMOVE, "left out (required)"));
                cases.add(mutated(name, method, target, base, at, null, Mutation.set(null), "null (required)"));
            }
            for (Map.Entry<String, Object> value : hostileValues(propertySchema, property).entrySet()) {
                cases.add(mutated(name, method, target, base, at, null, Mutation.set(value.getValue()), value.getKey()));
            }
            String type = schemas.type(propertySchema);
            if ("object".equals(type)) {
                fieldCases(cases, name, method, target, propertySchema, base, at, depth + 1);
            } else if ("array".equals(type) && "object".equals(schemas.type(schemas.resolve(propertySchema).path("items")))) {
                List<Object> first = new ArrayList<>(at);
                first.add(0);
                fieldCases(cases, name, method, target, schemas.resolve(propertySchema).path("items"), base, first, depth + 1);
            } else if ("array".equals(type)) {
                JsonNode items = schemas.resolve(propertySchema).path("items");
                List<Object> first = new ArrayList<>(at);
                first.add(0);
                for (Map.Entry<String, Object> value : hostileValues(items, property).entrySet()) {
                    cases.add(mutated(name, method, target, base, first, null, Mutation.set(value.getValue()), "item: " + value.getKey()));
                }
            }
        });
    }

    /** Values no field of this schema can take. */
    private Map<String, Object> hostileValues(JsonNode schema, String property) {
        Map<String, Object> values = new LinkedHashMap<>();
        String type = schemas.type(schema);
        String format = schemas.format(schema);
        switch (type) {
            case "string" -> {
                values.put("a number for text", 42);
                values.put("an operator object", Map.of("$gt", ""));
                values.put("NUL", "a\u0000b");
                values.put("bell character", "a\u0007b");
                values.put("right-to-left override", "evil\u202Etxt");
                values.put("lone surrogate", new Json.Raw("\"a\\ud800b\""));
                values.put("25,000 characters", HUGE_TEXT);
                if (!schemas.enumValues(schema).isEmpty()) {
                    values.put("not an allowed value", "NOT_A_VALUE");
                }
                if (Schemas.LOCAL_DATE_TIME.equals(format)) {
                    values.put("local time with Z (an offset silently dropped)", "2027-03-01T10:00:00Z");
                    values.put("local time with an offset", "2027-03-01T10:00:00+01:00");
                }
                if ("date".equals(format) || "date-time".equals(format) || Schemas.LOCAL_DATE_TIME.equals(format)
                        || looksLikeDate(property)) {
                    values.put("year +999999999", "+999999999-12-31");
                    values.put("year 1999", "1999-12-31");
                    values.put("year 2101", "2101-01-01");
                    values.put("epoch seconds", 1_700_000_000L);
                    values.put("30 February", "2026-02-30");
                    values.put("instant far future", "+275760-09-13T00:00:00Z");
                }
            }
            case "integer" -> {
                values.put("text for a number", "42");
                values.put("1e308", new Json.Raw("1e308"));
                values.put("beyond long", new Json.Raw("9223372036854775808"));
                values.put("fraction", 1.5);
                if ("int32".equals(format)) {
                    values.put("beyond int", 2_147_483_648L);
                }
            }
            case "number" -> {
                values.put("text for a number", "42");
                values.put("1e400", new Json.Raw("1e400"));
            }
            case "boolean" -> {
                values.put("text for a boolean", "true");
                values.put("a number for a boolean", 1);
            }
            case "array" -> {
                values.put("an object for a list", Map.of());
                values.put("text for a list", "x");
            }
            case "object" -> {
                values.put("text for an object", "x");
                values.put("a list for an object", List.of());
            }
            default -> {
                // free-form value: anything JSON is allowed by the schema; keys are checked by the whole-body cases
            }
        }
        return values;
    }

    /** camelCase names of dates sent as text without a format in the document (startDate, joinedOn, opensAt). */
    private static boolean looksLikeDate(String property) {
        return property.endsWith("Date") || property.endsWith("On") || property.endsWith("At")
                || List.of("date", "start", "end", "until").contains(property);
    }

    private SweepCase mutated(String name, String method, String target, Object base, List<Object> path, String added,
            Mutation mutation, String label) {
        Object copy = Mutation.deepCopy(base);
        String field = Mutation.apply(copy, path, added, mutation);
        return new SweepCase(name, method, target, "body " + (field.isEmpty() ? "(root)" : field) + ": " + label,
                field.isEmpty() ? null : field, bytes(Json.write(copy)), JSON, true);
    }

    private static void whole(List<SweepCase> cases, String name, String method, String target, String what, byte[] body,
            String contentType) {
        cases.add(new SweepCase(name, method, target, "body: " + what, null, body, contentType, true));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
