package uk.nhs.cohortcoach.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the running platform is: the same variables and defaults as {@code ./run-local} (README, "Running it").
 *
 * @param localDir the stack's {@code .local/} directory (logs, data, pid files)
 */
public record Stack(URI gateway, URI web, URI cohort, URI coaching, URI survey, URI notification, String mongoUri,
        String kafkaBootstrapServers, Path localDir) {

    /** Read from the environment, as {@code ./run-local} reads it. */
    public static Stack fromEnvironment(Map<String, String> env, Path repoRoot) {
        return new Stack(
                local(env, "GATEWAY_PORT", 8080),
                local(env, "WEB_PORT", 8085),
                local(env, "COHORT_SERVICE_PORT", 8081),
                local(env, "COACHING_SERVICE_PORT", 8082),
                local(env, "SURVEY_SERVICE_PORT", 8083),
                local(env, "NOTIFICATION_SERVICE_PORT", 8084),
                nonBlank(env.get("MONGODB_URI"), "mongodb://127.0.0.1:" + env.getOrDefault("MONGODB_PORT", "27017")),
                nonBlank(env.get("KAFKA_BOOTSTRAP_SERVERS"), "127.0.0.1:" + env.getOrDefault("KAFKA_PORT", "9092")),
                Path.of(env.getOrDefault("LOCAL_DIR", repoRoot.resolve(".local").toString())).toAbsolutePath().normalize());
    }

    private static URI local(Map<String, String> env, String variable, int port) {
        return URI.create("http://127.0.0.1:" + env.getOrDefault(variable, String.valueOf(port)));
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
