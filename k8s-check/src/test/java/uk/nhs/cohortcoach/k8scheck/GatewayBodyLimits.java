package uk.nhs.cohortcoach.k8scheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The request bodies the gateway accepts, from its application.yml ({@code cohort-coach.gateway.body-limit}) as the
 * container's environment sets them: {@code max-size} everywhere, and larger {@code uploads} on their paths; and
 * the paths it routes ({@code cohort-coach.gateway.services.*.paths}). Paths are Spring {@code PathPattern}s.
 */
record GatewayBodyLimits(long maxSize, List<Upload> uploads, List<String> routes) {

    private static final Pattern DATA_SIZE = Pattern.compile("(\\d+)\\s*([a-zA-Z]{0,2})");

    record Upload(long maxSize, List<String> paths) {
    }

    static GatewayBodyLimits of(Map<String, String> environment) {
        JsonNode gateway = ServiceModules.applicationYml(ServiceModules.GATEWAY).path("cohort-coach").path("gateway");
        JsonNode limit = gateway.path("body-limit");
        String maxSize = limit.path("max-size").asString("");
        if (maxSize.isBlank()) {
            throw new AssertionError("gateway application.yml: no cohort-coach.gateway.body-limit.max-size");
        }
        List<Upload> uploads = new ArrayList<>();
        for (JsonNode upload : limit.path("uploads")) {
            uploads.add(new Upload(dataSize(ServiceModules.resolve(upload.path("max-size").asString(""), environment)),
                    paths(upload.path("paths"))));
        }
        List<String> routes = StreamSupport.stream(gateway.path("services").spliterator(), false)
                .flatMap(service -> paths(service.path("paths")).stream()).toList();
        return new GatewayBodyLimits(dataSize(ServiceModules.resolve(maxSize, environment)), List.copyOf(uploads), routes);
    }

    /** Does a request path fall under one of the uploads' patterns? */
    boolean isUpload(String uri) {
        return uploads.stream().flatMap(u -> u.paths().stream()).anyMatch(p -> regex(p).matcher(uri).matches());
    }

    /** A concrete request path the pattern matches: each variable or wildcard segment filled in. */
    static String sample(String pattern) {
        return Arrays.stream(pattern.split("/", -1))
                .map(segment -> segment.equals("**") || segment.startsWith("{*") ? "6650f1c2a9b3e4d5f6a7b8c9/more"
                        : segment.equals("*") || segment.matches("\\{[^}]+}") ? "6650f1c2a9b3e4d5f6a7b8c9" : segment)
                .collect(Collectors.joining("/"));
    }

    /** A Spring PathPattern as a regular expression over the request path. */
    static Pattern regex(String pattern) {
        String regex = Arrays.stream(pattern.split("/", -1))
                .map(segment -> segment.equals("**") || segment.startsWith("{*") ? ".*"
                        : segment.equals("*") || segment.matches("\\{[^}]+}") ? "[^/]+" : Pattern.quote(segment))
                .collect(Collectors.joining("/"));
        return Pattern.compile(regex.replace("/.*", "(/.*)?"));
    }

    /** Spring's DataSize: a number and B, KB, MB, GB or TB (bytes without a unit). */
    static long dataSize(String text) {
        Matcher matcher = DATA_SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new AssertionError("'" + text + "' is not a data size (e.g. 5MB)");
        }
        long unit = switch (matcher.group(2).toUpperCase()) {
            case "", "B" -> 1L;
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            case "TB" -> 1024L * 1024 * 1024 * 1024;
            default -> throw new AssertionError("'" + text + "': unknown data unit");
        };
        return Long.parseLong(matcher.group(1)) * unit;
    }

    private static List<String> paths(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(n -> n.asString("").trim()).toList();
        }
        return Arrays.stream(node.asString("").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
