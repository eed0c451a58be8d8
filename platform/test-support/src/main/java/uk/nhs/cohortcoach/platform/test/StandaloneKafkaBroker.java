package uk.nhs.cohortcoach.platform.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker in its own JVM, for tests that need the broker to go away and come
 * back (same port, same data): {@link #stop()} kills the process, {@link #start()} starts it again.
 * The in-process embedded broker cannot do that.
 */
public final class StandaloneKafkaBroker implements AutoCloseable {

    private final int port = freePort();
    private final int controllerPort = freePort();
    private final Path home;
    private Process process;

    public StandaloneKafkaBroker() throws IOException {
        home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "standalone-kafka");
        Files.writeString(home.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        Process format = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", home.resolve("server.properties").toString()).start();
        try {
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the broker's storage failed; see " + home.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker process and waits until it accepts connections. */
    public synchronized StandaloneKafkaBroker start() throws IOException, InterruptedException {
        process = java("kafka.Kafka", home.resolve("server.properties").toString()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!accepting()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the standalone broker did not start; see " + home.resolve("broker.log"));
            }
            Thread.sleep(100);
        }
        return this;
    }

    /** Kills the broker process: from now on nothing answers on its port. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private ProcessBuilder java(String... mainAndArgs) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                // a broker that lives for seconds: start fast rather than run fast (C1 only, one small collector)
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        String log = mainAndArgs[0].endsWith("StorageTool") ? "format.log" : "broker.log";
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve(log).toFile()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
