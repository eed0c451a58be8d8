package uk.nhs.cohortcoach.platform.support.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsEnvironmentPostProcessorTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void exposesOnlyTheAllowListedActuatorEndpoints() {
        apply();

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
    }

    @Test
    void readsInfrastructureFromTheEnvironmentVariables() {
        environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of(
                "MONGODB_URI", "mongodb://db.example:27017", "KAFKA_BOOTSTRAP_SERVERS", "k1:9092")));
        apply();

        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://db.example:27017");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("k1:9092");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
    }

    @Test
    void letsTheServiceOverrideAnyDefault() {
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("management.endpoints.web.exposure.include", "health")));
        apply();

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
    }

    private void apply() {
        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
    }
}
