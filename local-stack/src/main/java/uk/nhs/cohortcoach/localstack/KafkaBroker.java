package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft Kafka broker (broker and controller in one process) with its data under {@code .local/kafka}. */
final class KafkaBroker {

    private final StackConfig config;
    private final Path home;

    KafkaBroker(StackConfig config) {
        this.config = config;
        this.home = config.localDir().resolve("kafka");
    }

    /** Writes the broker configuration and formats the storage on first use. */
    Path prepare(ProcessLauncher launcher) throws IOException, InterruptedException {
        Path data = home.resolve("data");
        Files.createDirectories(data);
        Path properties = home.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "# written by run-local at every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + config.kafkaControllerPort(),
                "listeners=PLAINTEXT://127.0.0.1:" + config.kafkaPort() + ",CONTROLLER://127.0.0.1:" + config.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + config.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") );
        if (!Files.exists(data.resolve("meta.properties"))) {
            int exit = launcher.runToCompletion("kafka-format", List.of(
                    "kafka.tools.StorageTool", "format",
                    "-t", Uuid.randomUuid().toString(),
                    "-c", properties.toString()));
            if (exit != 0) {
                throw new StackException("Formatting Kafka storage failed (exit " + exit + "); see "
                        + config.logDir().resolve("kafka-format.log"));
            }
        }
        return properties;
    }

    List<String> command(Path properties) {
        return List.of("kafka.Kafka", properties.toString());
    }
}
