package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./run-local kafka-groups ...} and {@code ./run-local kafka-topics ...}: Kafka's own consumer group and topic
 * tools ({@code kafka-consumer-groups.sh}, {@code kafka-topics.sh}, from kafka-tools on this module's classpath) run
 * against the stack's broker ({@code KAFKA_BOOTSTRAP_SERVERS}, else the stack's as {@code .local/run/stack.env} says,
 * else {@code KAFKA_PORT}'s) with the client's INFO logging off, so only the answer is printed.
 */
final class KafkaTools {

    private static final String GROUPS = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";
    private static final String TOPICS = "org.apache.kafka.tools.TopicCommand";

    private KafkaTools() {
    }

    static int run(StackConfig config, String tool, String[] arguments) throws IOException {
        if (arguments.length == 0 || List.of("-h", "--help", "help").contains(arguments[0])) {
            printExamples(tool);
            if (arguments.length == 0) {
                return 2;
            }
        }
        String bootstrap = bootstrapServers(config);
        List<String> command = new ArrayList<>();
        if (!List.of(arguments).contains("--bootstrap-server")) {
            command.add("--bootstrap-server");
            command.add(bootstrap);
        }
        command.addAll(List.of(arguments));
        // before any Kafka class asks SLF4J for a logger: the tools' answers go to stdout, the clients' chatter nowhere
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        try {
            Class.forName(tool.equals("kafka-groups") ? GROUPS : TOPICS)
                    .getMethod("main", String[].class).invoke(null, (Object) command.toArray(String[]::new));
            return 0;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println(tool + " failed against " + bootstrap + ": " + cause);
            return 1;
        }
    }

    /** {@code KAFKA_BOOTSTRAP_SERVERS} when set, else the broker of the stack last started from this {@code LOCAL_DIR}, else {@code KAFKA_PORT}'s. */
    static String bootstrapServers(StackConfig config) throws IOException {
        if (config.externalKafka().isPresent()) {
            return config.externalKafka().get();
        }
        return RunRecords.stackValue(config, "KAFKA_BOOTSTRAP_SERVERS").orElse(config.kafkaBootstrapServers());
    }

    private static void printExamples(String tool) {
        if (tool.equals("kafka-groups")) {
            System.out.println(String.join("\n",
                    "Kafka's consumer group tool (kafka-consumer-groups.sh) against the stack's broker, for example:",
                    "  ./run-local kafka-groups --list",
                    "  ./run-local kafka-groups --describe --all-groups            (lag per partition)",
                    "  ./run-local kafka-groups --describe --group notification-service --members",
                    "  ./run-local kafka-groups --reset-offsets --group <group> --topic <topic> --to-earliest --dry-run",
                    "      (--execute instead of --dry-run to do it; the group's consumers must be stopped:",
                    "       ./run-local stop <service> first, ./run-local start <service> after)",
                    "  ./run-local kafka-groups --help                            (every option)"));
        } else {
            System.out.println(String.join("\n",
                    "Kafka's topic tool (kafka-topics.sh) against the stack's broker, for example:",
                    "  ./run-local kafka-topics --list",
                    "  ./run-local kafka-topics --describe --topic <topic>",
                    "  ./run-local kafka-topics --help"));
        }
    }
}
