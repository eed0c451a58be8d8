package uk.nhs.cohortcoach.k8scheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The gateway, the services and web, and what their own application.yml says about them. */
final class ServiceModules {

    static final String GATEWAY = "gateway";
    static final List<String> SERVICES = List.of("cohort-service", "coaching-service", "survey-service", "notification-service",
            "hub-service");
    /** The pages, behind the gateway; it calls the services directly and keeps unsaved forms in its own database. */
    static final String WEB = "web";
    static final List<String> ALL = List.of(GATEWAY, "cohort-service", "coaching-service", "survey-service", "notification-service",
            "hub-service", WEB);
    /** The modules with a MongoDB database (and user) of their own. */
    static final List<String> WITH_DATABASE = List.of("cohort-service", "coaching-service", "survey-service",
            "notification-service", "hub-service", WEB);

    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:([^}]+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private ServiceModules() {
    }

    static Path root() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    }

    /** {@code server.port}'s default in the module's application.yml, e.g. 8081 from {@code ${SERVER_PORT:8081}}. */
    static int configuredPort(String module) {
        return Integer.parseInt(placeholderDefault(module, "server", "port"));
    }

    /** {@code spring.mongodb.database}'s default, e.g. cohort from {@code ${MONGODB_DATABASE:cohort}}. */
    static String configuredDatabase(String module) {
        return placeholderDefault(module, "spring", "mongodb", "database");
    }

    private static String placeholderDefault(String module, String... path) {
        JsonNode node = applicationYml(module);
        for (String key : path) {
            node = node.path(key);
        }
        String value = node.asString("");
        Matcher matcher = PLACEHOLDER_DEFAULT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalStateException(module + " application.yml: " + String.join(".", path) + " is '" + value
                    + "', expected ${VARIABLE:default}");
        }
        return matcher.group(1);
    }

    /** The module's application.yml, parsed. */
    static JsonNode applicationYml(String module) {
        return YAMLMapper.builder().build().readTree(resource(module, "application.yml"));
    }

    /** The text of the module's application-{profile}.yml, empty if it has none. */
    static String profileYmlText(String module, String profile) {
        Path file = resources(module).resolve("application-" + profile + ".yml");
        return Files.exists(file) ? resource(module, file.getFileName().toString()) : "";
    }

    /**
     * A value of application.yml as the container sees it: {@code ${VARIABLE:default}} is the environment's
     * VARIABLE if set, else the default; anything else is taken as written.
     */
    static String resolve(String value, Map<String, String> environment) {
        Matcher matcher = PLACEHOLDER.matcher(value.trim());
        if (!matcher.matches()) {
            return value.trim();
        }
        String fromEnvironment = environment.get(matcher.group(1));
        return fromEnvironment != null ? fromEnvironment : Objects.requireNonNullElse(matcher.group(2), "");
    }

    private static Path resources(String module) {
        return root().resolve(module).resolve("src/main/resources");
    }

    private static String resource(String module, String name) {
        Path file = resources(module).resolve(name);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
