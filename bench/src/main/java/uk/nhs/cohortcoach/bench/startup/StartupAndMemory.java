package uk.nhs.cohortcoach.bench.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * Start-up and memory of the running stack. Ready alone: each application started again, exactly as run-local started it
 * (same java, JVM options, start-up archive and environment, read from {@code /proc}) but on a free port, against the
 * stack's own Kafka and MongoDB, timed from launch to {@code /actuator/health/readiness} UP, then stopped (the median of
 * a few starts). Idle memory: the resident set of each of the stack's running applications. Whole stack: the time
 * run-local recorded for its last start.
 */
public final class StartupAndMemory implements Scenario {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String measures() {
        return "each application ready when started alone with the stack's options (≤ 5 s), whole stack healthy (≤ 30 s), "
                + "resident memory of each running application (≤ 256 MB); Linux only (/proc)";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        RunningStack stack = new RunningStack(context.stack().localDir());
        Map<String, Long> running = stack.applications();
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, Long> application : running.entrySet()) {
            figures.add(Figure.atMost(application.getKey() + " resident memory", RunningStack.residentMegabytes(application.getValue()),
                    "MB", 256));
        }
        Optional<Double> healthy = stack.healthyAfterSeconds();
        healthy.ifPresent(seconds -> figures.add(Figure.atMost("whole stack healthy (run-local's last start)", seconds, "s", 30)));

        List<String> timed = context.smoke() ? List.of("cohort-service") : RunningStack.APPLICATIONS;
        int starts = context.scaled(3, 1);
        for (String name : timed) {
            Long pid = running.get(name);
            if (pid == null) {
                continue;
            }
            List<Double> seconds = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                double[] start = startAlone(context, name, pid);
                seconds.add(start[0]);
                cpu.add(start[1]);
            }
            figures.add(Figure.atMost(name + " ready alone (median of " + starts + ")", median(seconds), "s", 5));
            figures.add(Figure.measured(name + " CPU time until ready", median(cpu), "s"));
        }
        return figures;
    }

    /** Starts a copy of the application on a free port; answers {seconds to ready, CPU seconds used by then}. */
    private static double[] startAlone(BenchContext context, String name, long pid) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(RunningStack.commandLine(pid));
        command.removeIf(argument -> argument.startsWith("-Dcohortcoach.localstack="));
        Map<String, String> environment = new HashMap<>(RunningStack.environment(pid));
        environment.put("SERVER_PORT", String.valueOf(port));
        Path log = context.stack().localDir().resolve("logs").resolve("bench-startup-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        URI readiness = URI.create("http://127.0.0.1:" + port);
        long began = System.nanoTime();
        Process process = builder.start();
        try {
            BenchHttp http = context.http();
            while (true) {
                BenchHttp.Result result = http.get(readiness, "/actuator/health/readiness", null);
                if (result.ok() && result.body().contains("\"UP\"")) {
                    double seconds = (System.nanoTime() - began) / 1e9;
                    double cpu = process.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
                    context.log(name + " ready alone after " + String.format(java.util.Locale.ROOT, "%.2f s (%.2f s of CPU)", seconds, cpu));
                    return new double[] {seconds, cpu};
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped during start-up (exit " + process.exitValue() + "); see " + log);
                }
                if (System.nanoTime() - began > READY_TIMEOUT.toNanos()) {
                    throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT + "; see " + log);
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
