package uk.nhs.cohortcoach.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything lives and listens, read from the environment with the defaults of DESIGN.md.
 *
 * @param repoRoot           the checkout, holding each module's {@code target/} jar
 * @param localDir           data, logs and pid files ({@code .local/} by default)
 * @param gatewayPort        the public port
 * @param services           the four back-end services
 * @param webPort            the web module's port (pages; reached through the gateway)
 * @param kafkaPort          the broker's client port
 * @param kafkaControllerPort the KRaft controller port
 * @param mongoPort          the Mongo wire server's port
 * @param externalMongoUri   a MongoDB to use instead of starting one
 * @param externalKafka      Kafka bootstrap servers to use instead of starting a broker
 * @param javaOptions        JVM options for every service and the gateway
 * @param startupTimeout     how long to wait for everything to be healthy
 */
record StackConfig(
        Path repoRoot,
        Path localDir,
        int gatewayPort,
        List<ServiceSpec> services,
        int webPort,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        Optional<String> externalMongoUri,
        Optional<String> externalKafka,
        List<String> javaOptions,
        Duration startupTimeout) {

    /** A back-end service: its module (and jar) name, port variable and port. */
    record ServiceSpec(String name, String uriVariable, int port) {
    }

    /** The token issuer the gateway signs as and the services trust, unless {@code AUTH_ISSUER} says otherwise. */
    static final String DEFAULT_ISSUER = "cohort-coach";

    static final String DEFAULT_JAVA_OPTIONS =
            "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k";

    static StackConfig fromEnvironment(Map<String, String> env) {
        Path root = Path.of(env.getOrDefault("REPO_ROOT", ".")).toAbsolutePath().normalize();
        Path local = Path.of(env.getOrDefault("LOCAL_DIR", root.resolve(".local").toString())).toAbsolutePath().normalize();
        List<ServiceSpec> services = List.of(
                new ServiceSpec("cohort-service", "COHORT_SERVICE_URI", port(env, "COHORT_SERVICE_PORT", 8081)),
                new ServiceSpec("coaching-service", "COACHING_SERVICE_URI", port(env, "COACHING_SERVICE_PORT", 8082)),
                new ServiceSpec("survey-service", "SURVEY_SERVICE_URI", port(env, "SURVEY_SERVICE_PORT", 8083)),
                new ServiceSpec("notification-service", "NOTIFICATION_SERVICE_URI", port(env, "NOTIFICATION_SERVICE_PORT", 8084)),
                new ServiceSpec("hub-service", "HUB_SERVICE_URI", port(env, "HUB_SERVICE_PORT", 8086)));
        return new StackConfig(root, local,
                port(env, "GATEWAY_PORT", 8080),
                services,
                port(env, "WEB_PORT", 8085),
                port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "MONGODB_PORT", 27017),
                nonBlank(env.get("MONGODB_URI")),
                nonBlank(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                List.of(env.getOrDefault("LOCAL_JAVA_OPTS", DEFAULT_JAVA_OPTIONS).trim().split("\\s+")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("STARTUP_TIMEOUT_SECONDS", "240"))));
    }

    String mongoUri() {
        return externalMongoUri.orElse("mongodb://127.0.0.1:" + mongoPort);
    }

    String kafkaBootstrapServers() {
        return externalKafka.orElse("127.0.0.1:" + kafkaPort);
    }

    /** Where the services fetch the gateway's token signing keys. */
    String jwksUri() {
        return "http://127.0.0.1:" + gatewayPort + "/.well-known/jwks.json";
    }

    /** Where the gateway is, for the web module's server-to-server sign-in. */
    String gatewayUri() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Where people open the platform: the gateway, as the start-up message prints it. */
    String publicUrl() {
        return "http://localhost:" + gatewayPort;
    }

    String webUri() {
        return "http://127.0.0.1:" + webPort;
    }

    Path logDir() {
        return localDir.resolve("logs");
    }

    Path pidFile() {
        return localDir.resolve("pids");
    }

    /** How each process was started ({@code <name>.json}), the stack's addresses ({@code stack.env}), the control socket. */
    Path runDir() {
        return localDir.resolve("run");
    }

    /**
     * Where the running {@code ./run-local} takes {@code restart}/{@code stop}/{@code start} of one process: a Unix domain
     * socket in {@link #runDir()}, or in the temporary directory when that path is too long for a socket address.
     */
    Path controlSocket() {
        Path socket = runDir().resolve("control.sock");
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100) {
            return socket;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "cohort-coach-" + Integer.toHexString(localDir.toString().hashCode()) + ".sock");
    }

    /** The gateway's token signing key, generated once and kept, so that a restarted gateway keeps everyone signed in. */
    Path signingKeyFile() {
        return localDir.resolve("gateway").resolve("token-signing-key.json");
    }

    Path jar(String module) {
        return repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** A system property on every process the stack starts, so they can be found even without the pid file. */
    String processMarker() {
        return "-Dcohortcoach.localstack=" + localDir;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a port number between 1 and 65535, not '" + value + "'");
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
