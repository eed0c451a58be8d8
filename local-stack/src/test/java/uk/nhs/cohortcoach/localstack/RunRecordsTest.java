package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunRecordsTest {

    @TempDir
    Path local;

    @Test
    void recordsHowAProcessWasStartedAsJsonOwnerOnlyWithoutAUrisCredentials() throws Exception {
        StackConfig config = StackConfig.fromEnvironment(Map.of("LOCAL_DIR", local.toString(), "GATEWAY_PORT", "24080"));
        RunRecords.createRunDir(config);
        Process process = new ProcessBuilder("true").start();
        ProcessLauncher.Launch launch = new ProcessLauncher.Launch("gateway", List.of("java", "-Dx=\"quoted\"\\", "-jar", "gateway.jar"),
                Map.of("SERVER_PORT", "24080", "MONGODB_URI", "mongodb://user:secret@db.example:27017"),
                URI.create("http://127.0.0.1:24080/actuator/health"));

        new RunRecords(config).write(new ProcessLauncher.Managed("gateway", process, local.resolve("logs/gateway.log"), launch));

        Path file = local.resolve("run/gateway.json");
        JsonNode record = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(record.get("pid").asLong()).isEqualTo(process.pid());
        assertThat(record.get("command").get(1).asString()).isEqualTo("-Dx=\"quoted\"\\");
        assertThat(record.get("environment").get("SERVER_PORT").asString()).isEqualTo("24080");
        assertThat(record.get("environment").get("MONGODB_URI").asString()).isEqualTo("mongodb://***@db.example:27017");
        assertThat(record.get("ready").asString()).isEqualTo("http://127.0.0.1:24080/actuator/health");
        assertThat(Files.readString(file)).doesNotContain("secret");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(local.resolve("run"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void writesTheStacksAddressesForAShellAndReadsThemBack() throws Exception {
        StackConfig config = StackConfig.fromEnvironment(Map.of("LOCAL_DIR", local.toString(), "GATEWAY_PORT", "24080",
                "KAFKA_PORT", "24092"));
        RunRecords.createRunDir(config);

        new RunRecords(config).writeStack();

        assertThat(Files.readAllLines(local.resolve("run/stack.env"))).contains("GATEWAY_URL='http://localhost:24080'",
                "KAFKA_BOOTSTRAP_SERVERS='127.0.0.1:24092'");
        assertThat(RunRecords.stackValue(config, "KAFKA_BOOTSTRAP_SERVERS")).hasValue("127.0.0.1:24092");
        // another terminal without KAFKA_PORT finds the running stack's broker; an explicit one wins
        StackConfig elsewhere = StackConfig.fromEnvironment(Map.of("LOCAL_DIR", local.toString()));
        assertThat(KafkaTools.bootstrapServers(elsewhere)).isEqualTo("127.0.0.1:24092");
        assertThat(KafkaTools.bootstrapServers(StackConfig.fromEnvironment(Map.of("LOCAL_DIR", local.toString(),
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092")))).isEqualTo("kafka.example:9092");
    }

    @Test
    void keepsTheControlSocketAndSigningKeyUnderTheDataDirectoryAndAVeryLongOneInTheTemporaryDirectory() {
        StackConfig config = StackConfig.fromEnvironment(Map.of("LOCAL_DIR", "/repo/.local"));
        assertThat(config.controlSocket()).isEqualTo(Path.of("/repo/.local/run/control.sock"));
        assertThat(config.signingKeyFile()).isEqualTo(Path.of("/repo/.local/gateway/token-signing-key.json"));

        StackConfig deep = StackConfig.fromEnvironment(Map.of("LOCAL_DIR", "/repo/" + "very-long-directory-name/".repeat(5) + ".local"));
        assertThat(deep.controlSocket().toString().length()).isLessThanOrEqualTo(100);
        assertThat(deep.controlSocket().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
