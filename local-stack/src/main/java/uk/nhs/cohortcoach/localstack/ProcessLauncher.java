package uk.nhs.cohortcoach.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Starts the stack's JVMs with their output in {@code .local/logs/<name>.log}, records every pid in
 * {@code .local/pids}, and stops them all, in reverse order, when asked.
 */
final class ProcessLauncher {

    /** A process the launcher started. */
    record Managed(String name, Process process, Path log) {
    }

    private final StackConfig config;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final List<Managed> started = new CopyOnWriteArrayList<>();
    private final StartupArchive archives;

    ProcessLauncher(StackConfig config) throws IOException {
        this.config = config;
        this.archives = StartupArchive.forThisJvm(config.javaOptions(), System.getenv("LOCAL_STARTUP_ARCHIVE"));
        Files.createDirectories(config.logDir());
        writePidFile();
    }

    /** Runs a main class from the local-stack classpath (Kafka, Mongo wire server) as a long-lived process. */
    Managed startMain(String name, List<String> jvmOptions, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(config.processMarker());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(localStackClasspath());
        command.addAll(mainAndArgs);
        return start(name, command, Map.of());
    }

    /** Runs a service's executable jar as a long-lived process. */
    Managed startJar(String name, Path jar, Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new StackException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        StartupArchive.Launch launch = archives.launch(jar);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(config.processMarker());
        command.addAll(config.javaOptions());
        command.addAll(launch.options());
        command.add("-jar");
        command.add(launch.jar().toString());
        return start(name, command, environment);
    }

    /** Whether the jar has no start-up archive for this JDK and these options yet (see {@link StartupArchive}). */
    boolean needsStartupArchive(Path jar) {
        return Files.isRegularFile(jar) && !archives.isFresh(jar);
    }

    /**
     * Makes the jar's start-up archive: unpacks it, then a training run that stops once its context is refreshed
     * (output in {@code <name>-archive.log}). False, with the archive left unused, when either step fails.
     */
    boolean makeStartupArchive(String name, Path jar, Map<String, String> environment) throws IOException, InterruptedException {
        archives.clear(jar);
        Files.deleteIfExists(config.logDir().resolve(name + "-archive.log"));
        Map<String, String> training = new HashMap<>(environment);
        training.put("SERVER_PORT", "0");
        boolean made = runCommand(name + "-archive", archives.extractCommand(java, jar), Map.of())
                && runCommand(name + "-archive", archives.trainingCommand(java, jar), training)
                && Files.isRegularFile(archives.archive(jar));
        if (made) {
            archives.markFresh(jar);
        }
        return made;
    }

    private boolean runCommand(String name, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> marked = new ArrayList<>(command);
        marked.add(1, config.processMarker());
        Path log = config.logDir().resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(marked)
                .directory(config.repoRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Managed managed = new Managed(name, builder.start(), log);
        started.add(managed);
        writePidFile();
        try {
            if (!managed.process().waitFor(10, TimeUnit.MINUTES)) {
                managed.process().destroyForcibly().waitFor();
            }
            return managed.process().exitValue() == 0;
        } finally {
            started.remove(managed);
            writePidFile();
        }
    }

    /** Runs a main class from the local-stack classpath and waits for it to finish. */
    int runToCompletion(String name, List<String> mainAndArgs) throws IOException, InterruptedException {
        Managed managed = startMain(name, List.of("-Xmx256m"), mainAndArgs);
        if (!managed.process().waitFor(2, TimeUnit.MINUTES)) {
            managed.process().destroyForcibly();
        }
        started.remove(managed);
        writePidFile();
        return managed.process().exitValue();
    }

    List<Managed> started() {
        return List.copyOf(started);
    }

    /** Stops the given processes together: a polite SIGTERM, then SIGKILL for any still alive after the grace period. */
    static void stop(List<ProcessHandle> processes, long graceSeconds) {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle process : processes) {
            process.descendants().forEach(all::add);
            all.add(process);
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        for (ProcessHandle process : all) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    /** Stops everything this launcher started: services and gateway first, then Kafka, then MongoDB. */
    void stopAll() {
        List<Managed> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        List<ProcessHandle> applications = new ArrayList<>();
        List<ProcessHandle> infrastructure = new ArrayList<>();
        for (Managed managed : reverse) {
            (isInfrastructure(managed) ? infrastructure : applications).add(managed.process().toHandle());
        }
        stop(applications, 30);
        for (ProcessHandle process : infrastructure) {
            stop(List.of(process), 30);
        }
        started.clear();
        try {
            Files.deleteIfExists(config.pidFile());
        } catch (IOException e) {
            System.err.println("could not delete " + config.pidFile() + ": " + e.getMessage());
        }
    }

    private static boolean isInfrastructure(Managed managed) {
        return managed.name().equals("kafka") || managed.name().equals("mongo");
    }

    private Managed start(String name, List<String> command, Map<String, String> environment) throws IOException {
        Path log = config.logDir().resolve(name + ".log");
        if (Files.exists(log)) {
            Files.move(log, config.logDir().resolve(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.repoRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Managed managed = new Managed(name, builder.start(), log);
        started.add(managed);
        writePidFile();
        return managed;
    }

    private String localStackClasspath() {
        Path target = config.repoRoot().resolve("local-stack").resolve("target");
        return target.resolve("local-stack.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
    }

    private synchronized void writePidFile() throws IOException {
        StringBuilder lines = new StringBuilder("run-local " + ProcessHandle.current().pid() + "\n");
        for (Managed managed : started) {
            lines.append(managed.name()).append(' ').append(managed.process().pid()).append('\n');
        }
        Path temporary = config.pidFile().resolveSibling("pids.tmp");
        Files.writeString(temporary, lines);
        Files.move(temporary, config.pidFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
