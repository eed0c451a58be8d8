package uk.nhs.cohortcoach.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./run-local} records of a running stack in its directory: the pid of each process ({@code pids}, one
 * "name pid" a line) and how long the stack took to be healthy ({@code started}); and, from {@code /proc}, how each
 * application was started (command line and environment) and its resident memory.
 */
final class RunningStack {

    /** The applications run-local starts from their jars, in the order it starts them. */
    static final List<String> APPLICATIONS =
            List.of("cohort-service", "coaching-service", "survey-service", "notification-service", "web", "gateway");

    private static final Pattern HEALTHY = Pattern.compile("healthy after ([0-9.]+) s");

    private final Path localDir;

    RunningStack(Path localDir) {
        this.localDir = localDir;
    }

    /** Each running application's pid, by name. */
    Map<String, Long> applications() throws IOException {
        Path pids = localDir.resolve("pids");
        if (!Files.isRegularFile(pids)) {
            throw new IllegalStateException("no stack is running from " + localDir + " (no pids file): start ./run-local first");
        }
        Map<String, Long> running = new LinkedHashMap<>();
        for (String line : Files.readAllLines(pids)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2 && APPLICATIONS.contains(parts[0])) {
                running.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return running;
    }

    /** How long the stack took to be healthy, as run-local recorded it when it last started. */
    Optional<Double> healthyAfterSeconds() throws IOException {
        Path started = localDir.resolve("started");
        if (!Files.isRegularFile(started)) {
            return Optional.empty();
        }
        Matcher matcher = HEALTHY.matcher(Files.readString(started));
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    /** The process's resident memory (VmRSS) in MB. */
    static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** The process's command line, as it was started. */
    static List<String> commandLine(long pid) throws IOException {
        return split(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")));
    }

    /** The process's environment, as it was started. */
    static Map<String, String> environment(long pid) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : split(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")))) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> parts = new ArrayList<>(Arrays.asList(new String(nulSeparated, StandardCharsets.UTF_8).split("\0")));
        parts.removeIf(String::isEmpty);
        return parts;
    }
}
