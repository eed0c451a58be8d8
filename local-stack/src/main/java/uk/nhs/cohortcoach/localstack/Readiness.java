package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** Waits for a started process to be ready, failing fast (with the end of its log) if it dies instead. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long POLL_MILLIS = 250;

    private final long deadlineNanos;

    Readiness(Duration timeout) {
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /** Until the process is ready by its launch's check: {@code tcp://host:port} accepts connections, or the URL answers UP. */
    void await(ProcessLauncher.Managed managed, URI ready) throws InterruptedException {
        if ("tcp".equals(ready.getScheme())) {
            awaitPort(managed, ready.getPort());
        } else {
            awaitHealthy(managed, ready);
        }
    }

    /** Until the process accepts TCP connections on the port. */
    void awaitPort(ProcessLauncher.Managed managed, int port) throws InterruptedException {
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                pause(managed, "port " + port);
            }
        }
    }

    /** Until the URL answers 200 with status UP. */
    void awaitHealthy(ProcessLauncher.Managed managed, URI health) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            pause(managed, health.toString());
        }
    }

    private void pause(ProcessLauncher.Managed managed, String waitingFor) throws InterruptedException {
        if (!managed.process().isAlive()) {
            throw new StackException(managed.name() + " stopped during start-up (exit code "
                    + managed.process().exitValue() + "). The end of " + managed.log() + ":\n" + tail(managed));
        }
        if (System.nanoTime() > deadlineNanos) {
            throw new StackException(managed.name() + " was not ready in time (waiting for " + waitingFor
                    + "). Set STARTUP_TIMEOUT_SECONDS to wait longer; its log is " + managed.log());
        }
        Thread.sleep(POLL_MILLIS);
    }

    private static String tail(ProcessLauncher.Managed managed) {
        try {
            List<String> lines = Files.readAllLines(managed.log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }
}
