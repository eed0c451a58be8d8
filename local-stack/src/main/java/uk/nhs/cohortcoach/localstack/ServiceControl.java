package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Restarts, stops or starts one process of the running stack, as it was started the first time (same command
 * line, environment and readiness check), and waits until it is ready again.
 */
final class ServiceControl {

    private final StackConfig config;
    private final ProcessLauncher launcher;

    ServiceControl(StackConfig config, ProcessLauncher launcher) {
        this.config = config;
        this.launcher = launcher;
    }

    /** {@code restart}, {@code stop} or {@code start} of the process {@code name}; answers the exit code. */
    int perform(String operation, String name, Consumer<String> say) {
        if (!launcher.names().contains(name)) {
            say.accept("run-local has no process called '" + name + "'; it runs " + String.join(", ", launcher.names())
                    + (config.externalKafka().isPresent() || config.externalMongoUri().isPresent()
                            ? " (MongoDB or Kafka given by MONGODB_URI / KAFKA_BOOTSTRAP_SERVERS are not run-local's)" : ""));
            return 2;
        }
        try {
            switch (operation) {
                case "restart" -> {
                    stop(name, say);
                    return start(name, say);
                }
                case "stop" -> {
                    if (!stop(name, say)) {
                        say.accept(name + " was not running.");
                    }
                    return 0;
                }
                case "start" -> {
                    Optional<ProcessLauncher.Managed> running = launcher.running(name);
                    if (running.isPresent()) {
                        say.accept(name + " is already running (pid " + running.get().process().pid() + ").");
                        return 0;
                    }
                    return start(name, say);
                }
                default -> {
                    say.accept("usage: ./run-local restart|stop|start <name>");
                    return 2;
                }
            }
        } catch (StackException e) {
            say.accept(e.getMessage());
            return 1;
        } catch (IOException e) {
            say.accept(operation + " " + name + " failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            say.accept(operation + " " + name + " was interrupted");
            return 1;
        }
    }

    private boolean stop(String name, Consumer<String> say) throws IOException {
        Optional<ProcessLauncher.Managed> running = launcher.running(name);
        if (running.isEmpty()) {
            return false;
        }
        say.accept("Stopping " + name + " (pid " + running.get().process().pid() + ")...");
        launcher.stopOne(name);
        say.accept(name + " stopped.");
        return true;
    }

    private int start(String name, Consumer<String> say) throws IOException, InterruptedException {
        long began = System.nanoTime();
        say.accept("Starting " + name + " as run-local started it (see " + config.runDir().resolve(name + ".json") + ")...");
        ProcessLauncher.Managed managed = launcher.startAgain(name);
        URI ready = managed.launch().ready();
        new Readiness(config.startupTimeout()).await(managed, ready);
        say.accept(name + " is ready on " + ready.getHost() + ":" + ready.getPort() + " (pid " + managed.process().pid()
                + ") after " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - began) / 1e9) + " s.");
        return 0;
    }
}
