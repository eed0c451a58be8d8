package uk.nhs.cohortcoach.k8scheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The gateway, the services and web, and what their own application.yml says about them. */
final class ServiceModules {

    static final String GATEWAY = "gateway";
    static final List<String> SERVICES = List.of("cohort-service", "coaching-service", "survey-service", "notification-service");
    /** The pages, behind the gateway; it calls the services directly and keeps unsaved forms in its own database. */
    static final String WEB = "web";
    static final List<String> ALL = List.of(GATEWAY, "cohort-service", "coaching-service", "survey-service", "notification-service",
            WEB);
    /** The modules with a MongoDB database (and user) of their own. */
    static final List<String> WITH_DATABASE = List.of("cohort-service", "coaching-service", "survey-service",
            "notification-service", WEB);

    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:([^}]+)}");

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
        Path file = root().resolve(module).resolve("src/main/resources/application.yml");
        try {
            JsonNode node = YAMLMapper.builder().build().readTree(Files.readString(file));
            for (String key : path) {
                node = node.path(key);
            }
            String value = node.asString("");
            Matcher matcher = PLACEHOLDER_DEFAULT.matcher(value);
            if (!matcher.matches()) {
                throw new IllegalStateException(file + ": " + String.join(".", path) + " is '" + value
                        + "', expected ${VARIABLE:default}");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
