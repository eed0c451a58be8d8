package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void usesTheDesignDefaultsWhenNothingIsSet() {
        StackConfig config = StackConfig.fromEnvironment(Map.of("REPO_ROOT", "/repo"));

        assertThat(config.gatewayPort()).isEqualTo(8080);
        assertThat(config.webPort()).isEqualTo(8085);
        assertThat(config.webUri()).isEqualTo("http://127.0.0.1:8085");
        assertThat(config.gatewayUri()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.services()).extracting(StackConfig.ServiceSpec::port).containsExactly(8081, 8082, 8083, 8084, 8086);
        assertThat(config.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.localDir()).isEqualTo(Path.of("/repo/.local"));
        assertThat(config.jar("gateway")).isEqualTo(Path.of("/repo/gateway/target/gateway.jar"));
    }

    @Test
    void usesExternalInfrastructureWhenItsVariablesAreSet() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(
                "MONGODB_URI", "mongodb://db.example:27017", "KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092"));

        assertThat(config.externalMongoUri()).hasValue("mongodb://db.example:27017");
        assertThat(config.mongoUri()).isEqualTo("mongodb://db.example:27017");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(PortCheck.of(config)).doesNotContainKeys("Kafka (KAFKA_PORT)", "Mongo wire server (MONGODB_PORT)");
    }

    @Test
    void movesTheWebModuleWithWebPortAndChecksThatPortIsFreeToo() {
        StackConfig config = StackConfig.fromEnvironment(Map.of("WEB_PORT", "18085"));

        assertThat(config.webUri()).isEqualTo("http://127.0.0.1:18085");
        assertThat(PortCheck.of(config)).containsEntry("web (WEB_PORT)", 18085);
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("WEB_PORT", "web")))
                .isInstanceOf(StackException.class).hasMessageContaining("WEB_PORT");
    }

    @Test
    void refusesAPortThatIsNotAPortNamingTheVariable() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("SURVEY_SERVICE_PORT", "80a")))
                .isInstanceOf(StackException.class).hasMessageContaining("SURVEY_SERVICE_PORT");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("GATEWAY_PORT", "70000")))
                .isInstanceOf(StackException.class).hasMessageContaining("GATEWAY_PORT");
    }

    @Test
    void hidesCredentialsWhenItPrintsAMongoUri() {
        assertThat(LocalStack.redact("mongodb://user:secret@db.example:27017/x")).isEqualTo("mongodb://***@db.example:27017/x");
        assertThat(LocalStack.redact("mongodb://db.example:27017")).isEqualTo("mongodb://db.example:27017");
    }
}
