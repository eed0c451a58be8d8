package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives the real {@code ./run-local} script, as a person at a terminal would, on free ports and
 * with its own {@code LOCAL_DIR} under {@code target/}, so it never meets a stack the developer runs.
 */
public final class RunLocalProcess {

    static final Path REPO_ROOT = Path.of(System.getenv().getOrDefault("REPO_ROOT", "..")).toAbsolutePath().normalize();

    public final Path localDir;
    public final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;
    private Path output;

    public RunLocalProcess(String name) throws IOException {
        this.localDir = REPO_ROOT.resolve("local-stack/target").resolve(name);
        environment.put("LOCAL_DIR", localDir.toString());
        environment.put("RUN_LOCAL_NO_BUILD", "1");
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (String port : List.of("GATEWAY_PORT", "WEB_PORT", "COHORT_SERVICE_PORT", "COACHING_SERVICE_PORT", "SURVEY_SERVICE_PORT",
                "NOTIFICATION_SERVICE_PORT", "HUB_SERVICE_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "MONGODB_PORT")) {
            int free = freePort();
            while (!taken.add(free)) { // the system may hand out a port it gave a moment ago
                free = freePort();
            }
            environment.put(port, String.valueOf(free));
        }
    }

    public int port(String variable) {
        return Integer.parseInt(environment.get(variable));
    }

    /** Starts {@code ./run-local} with the given arguments; its output goes to {@code target/<name>-<n>.log}. */
    public RunLocalProcess start(String logName, String... arguments) throws IOException {
        Files.createDirectories(localDir);
        output = localDir.resolveSibling(logName + ".log");
        List<String> command = new java.util.ArrayList<>(List.of("bash", REPO_ROOT.resolve("run-local").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeAll(List.of("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "SPRING_PROFILES_ACTIVE"));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** Waits until the script prints that the platform is running. */
    public void awaitRunning(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains("Cohort Coach is running")) {
            if (!process.isAlive()) {
                fail("run-local exited with " + process.exitValue() + " before the platform was running:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                fail("run-local did not report the platform running within " + timeout + ":\n" + output());
            }
            Thread.sleep(250);
        }
    }

    /** Waits for the script to end and answers its exit code. */
    public int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("run-local did not end within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** The exit code of the ended script. */
    public int exitValue() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    public String output() throws IOException {
        return Files.readString(output);
    }

    /** Every live process that carries this stack's marker: none may survive a stop. */
    public List<ProcessHandle> markedProcesses() {
        String marker = "-Dcohortcoach.localstack=" + localDir;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(marker)).orElse(false))
                .toList();
    }

    /** Pids recorded in the stack's pid file, by process name. */
    public Map<String, Long> recordedPids() throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(localDir.resolve("pids"))) {
            String[] parts = line.split(" ");
            pids.put(parts[0], Long.parseLong(parts[1]));
        }
        return pids;
    }

    static void assertAllGone(Map<String, Long> pids, RunLocalProcess stack) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            while (ProcessHandle.of(entry.getValue()).map(ProcessHandle::isAlive).orElse(false)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(ProcessHandle.of(entry.getValue()).map(ProcessHandle::isAlive).orElse(false))
                    .as("%s (pid %d) is still running", entry.getKey(), entry.getValue()).isFalse();
        }
        assertThat(stack.markedProcesses()).as("processes left behind").isEmpty();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
