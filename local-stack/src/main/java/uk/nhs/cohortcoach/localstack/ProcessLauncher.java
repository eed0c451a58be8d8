package uk.nhs.cohortcoach.localstack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts the stack's JVMs with their output in {@code .local/logs/<name>.log}, records every pid in
 * {@code .local/pids} and how each was started in {@code .local/run/<name>.json} ({@link RunRecords}), starts one
 * again exactly so ({@link #startAgain}), stops one ({@link #stopOne}), and stops them all, in reverse order, when asked.
 */
final class ProcessLauncher {

    /** A process the launcher started, and how: enough to start the same thing again. */
    record Managed(String name, Process process, Path log, Launch launch) {
    }

    /**
     * How a process is started.
     *
     * @param name        its name in logs, pid file and records ({@code gateway}, {@code kafka}...)
     * @param command     the whole command line
     * @param environment what the launcher sets on top of its own environment
     * @param ready       when it is ready: {@code http://...} answering UP, or {@code tcp://host:port} accepting connections
     */
    record Launch(String name, List<String> command, Map<String, String> environment, URI ready) {
    }

    private final StackConfig config;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final List<Managed> started = new CopyOnWriteArrayList<>();
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    private final RunRecords records;
    private volatile boolean closed;
    private volatile Consumer<String> onUnexpectedExit = line -> { };
    private final StartupArchive archives;

    ProcessLauncher(StackConfig config) throws IOException {
        this.config = config;
        this.records = new RunRecords(config);
        this.archives = StartupArchive.forThisJvm(config.javaOptions(), System.getenv("LOCAL_STARTUP_ARCHIVE"));
        Files.createDirectories(config.logDir());
        writePidFile();
    }

    /** Runs a main class from the local-stack classpath (Kafka, Mongo wire server) as a long-lived process. */
    Managed startMain(String name, List<String> jvmOptions, List<String> mainAndArgs, URI ready) throws IOException {
        return start(new Launch(name, mainCommand(jvmOptions, mainAndArgs), Map.of(), ready));
    }

    /** Runs a service's executable jar as a long-lived process. */
    Managed startJar(String name, Path jar, Map<String, String> environment, URI ready) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new StackException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        StartupArchive.Launch archived = archives.launch(jar);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(config.processMarker());
        command.addAll(config.javaOptions());
        command.addAll(archived.options());
        command.add("-jar");
        command.add(archived.jar().toString());
        return start(new Launch(name, command, Map.copyOf(environment), ready));
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

    /** Runs a one-off command (an archive's extraction or training run) to its end, its output appended to {@code <name>.log}. */
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
        Process process = builder.start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
            return process.exitValue() == 0;
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Runs a main class from the local-stack classpath and waits for it to finish. */
    int runToCompletion(String name, List<String> mainAndArgs) throws IOException, InterruptedException {
        Launch launch = new Launch(name, mainCommand(List.of("-Xmx256m"), mainAndArgs), Map.of(), null);
        Managed managed = spawn(launch);
        if (!managed.process().waitFor(2, TimeUnit.MINUTES)) {
            managed.process().destroyForcibly();
        }
        return managed.process().exitValue();
    }

    List<Managed> started() {
        return List.copyOf(started);
    }

    /** Every name this launcher has started a long-lived process under, in start order. */
    synchronized List<String> names() {
        return List.copyOf(launches.keySet());
    }

    /** The running process of that name, if any. */
    Optional<Managed> running(String name) {
        return started.stream().filter(managed -> managed.name().equals(name) && managed.process().isAlive()).findFirst();
    }

    /** Called with a line to print when a process exits that nobody stopped. */
    void onUnexpectedExit(Consumer<String> listener) {
        this.onUnexpectedExit = listener;
    }

    /** Starts the process of that name again, exactly as it was started before (it must not be running). */
    synchronized Managed startAgain(String name) throws IOException {
        Launch launch = launches.get(name);
        if (launch == null) {
            throw new StackException("run-local has not started anything called '" + name + "'");
        }
        return start(launch);
    }

    /** Stops the running process of that name (a polite SIGTERM, then SIGKILL after 30 s); false when none was running. */
    synchronized boolean stopOne(String name) throws IOException {
        Optional<Managed> managed = running(name);
        started.removeIf(candidate -> candidate.name().equals(name));
        writePidFile();
        managed.ifPresent(m -> stop(List.of(m.process().toHandle()), 30));
        return managed.isPresent();
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

    /**
     * Stops everything this launcher started, also what it started again on request: services and gateway first, then
     * Kafka, then MongoDB. Starts nothing after.
     */
    void stopAll() {
        List<Managed> reverse;
        synchronized (this) {
            closed = true;
            reverse = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(reverse);
        List<ProcessHandle> applications = new ArrayList<>();
        List<ProcessHandle> infrastructure = new ArrayList<>();
        for (Managed managed : reverse) {
            (isInfrastructure(managed.name()) ? infrastructure : applications).add(managed.process().toHandle());
        }
        stop(applications, 30);
        for (ProcessHandle process : infrastructure) {
            stop(List.of(process), 30);
        }
        try {
            Files.deleteIfExists(config.pidFile());
        } catch (IOException e) {
            System.err.println("could not delete " + config.pidFile() + ": " + e.getMessage());
        }
    }

    static boolean isInfrastructure(String name) {
        return name.equals("kafka") || name.equals("mongo");
    }

    private List<String> mainCommand(List<String> jvmOptions, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(config.processMarker());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(localStackClasspath());
        command.addAll(mainAndArgs);
        return command;
    }

    private synchronized Managed start(Launch launch) throws IOException {
        if (closed) {
            throw new StackException("run-local is stopping: not starting " + launch.name());
        }
        Managed managed = spawn(launch);
        launches.put(launch.name(), launch);
        started.add(managed);
        writePidFile();
        records.write(managed);
        managed.process().onExit().thenAccept(process -> {
            if (!closed && started.contains(managed)) {
                onUnexpectedExit.accept(managed.name() + " exited (code " + process.exitValue() + "); see " + managed.log()
                        + " (./run-local restart " + managed.name() + " starts it again)");
            }
        });
        return managed;
    }

    private Managed spawn(Launch launch) throws IOException {
        Path log = config.logDir().resolve(launch.name() + ".log");
        if (Files.exists(log)) {
            Files.move(log, config.logDir().resolve(launch.name() + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(config.repoRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(launch.environment());
        return new Managed(launch.name(), builder.start(), log, launch);
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
