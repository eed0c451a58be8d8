package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the running stack writes about itself under {@code .local/run/} (owner-only), for people and tools:
 * {@code <name>.json} says how each process was last started — command line, the environment run-local set for it
 * (ports, URIs; the rest is run-local's own environment, which is never written), readiness check, log and pid — and
 * {@code stack.env} the stack's addresses as {@code NAME=value} lines a shell can source. A URI's credentials are
 * written as {@code ***}.
 */
final class RunRecords {

    private final StackConfig config;

    RunRecords(StackConfig config) {
        this.config = config;
    }

    void write(ProcessLauncher.Managed managed) throws IOException {
        ProcessLauncher.Launch launch = managed.launch();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", launch.name());
        record.put("pid", managed.process().pid());
        record.put("startedAt", Instant.now().toString());
        record.put("directory", config.repoRoot().toString());
        record.put("command", launch.command());
        Map<String, Object> environment = new TreeMap<>();
        launch.environment().forEach((key, value) -> environment.put(key, LocalStack.redact(value)));
        record.put("environment", environment);
        record.put("ready", launch.ready() == null ? null : launch.ready().toString());
        record.put("log", managed.log().toString());
        writeOwnerOnly(config.runDir().resolve(launch.name() + ".json"), Json.write(record) + "\n");
    }

    /** The stack's addresses, for {@code ./run-local kafka-groups}, the benchmarks and a shell ({@code . .local/run/stack.env}). */
    void writeStack() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("GATEWAY_URL", config.publicUrl());
        values.put("GATEWAY_PORT", String.valueOf(config.gatewayPort()));
        values.put("WEB_PORT", String.valueOf(config.webPort()));
        for (StackConfig.ServiceSpec service : config.services()) {
            values.put(service.uriVariable().replace("_URI", "_PORT"), String.valueOf(service.port()));
        }
        values.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        values.put("MONGODB_URI", LocalStack.redact(config.mongoUri()));
        values.put("LOCAL_DIR", config.localDir().toString());
        StringBuilder text = new StringBuilder("# written by ./run-local at start; describes the running stack\n");
        values.forEach((key, value) -> text.append(key).append("='").append(value.replace("'", "'\\''")).append("'\n"));
        writeOwnerOnly(stackFile(config), text.toString());
    }

    static Path stackFile(StackConfig config) {
        return config.runDir().resolve("stack.env");
    }

    /** A value of {@code stack.env}, as written (quotes removed). */
    static java.util.Optional<String> stackValue(StackConfig config, String name) throws IOException {
        Path file = stackFile(config);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(name + "='") && line.endsWith("'")) {
                return java.util.Optional.of(line.substring(name.length() + 2, line.length() - 1).replace("'\\''", "'"));
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code .local/run/}, readable by its owner only: it holds the control socket. */
    static void createRunDir(StackConfig config) throws IOException {
        Path dir = config.runDir();
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A small JSON writer for the records: strings, numbers, null, lists and maps. */
    static final class Json {

        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out, "");
            return out.toString();
        }

        private static void write(Object value, StringBuilder out, String indent) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Number number) {
                out.append(number);
            } else if (value instanceof Map<?, ?> map) {
                String inner = indent + "  ";
                out.append("{");
                String separator = "\n";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator).append(inner);
                    string(String.valueOf(entry.getKey()), out);
                    out.append(": ");
                    write(entry.getValue(), out, inner);
                    separator = ",\n";
                }
                out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
            } else if (value instanceof List<?> list) {
                out.append("[");
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(list.get(i), out, indent);
                }
                out.append("]");
            } else {
                string(value.toString(), out);
            }
        }

        private static void string(String text, StringBuilder out) {
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
