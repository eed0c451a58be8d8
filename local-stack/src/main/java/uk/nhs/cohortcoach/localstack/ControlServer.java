package uk.nhs.cohortcoach.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The running {@code ./run-local}'s end of {@code ./run-local restart|stop|start <name>}: a Unix domain socket under
 * {@code .local/run/} (owner-only directory) taking one line, {@code <operation> <name>}, answering progress lines
 * and last {@code exit <code>}. One request at a time; the processes stay this run-local's, so Ctrl-C here and
 * {@code ./run-local stop} stop them as they stop the rest.
 */
final class ControlServer {

    private final Path socket;
    private final ServiceControl control;
    private final Consumer<String> console;
    private ServerSocketChannel server;

    ControlServer(StackConfig config, ServiceControl control, Consumer<String> console) {
        this.socket = config.controlSocket();
        this.control = control;
        this.console = console;
    }

    void start() throws IOException {
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread thread = new Thread(this::serve, "run-local-control");
        thread.setDaemon(true);
        thread.start();
    }

    void close() {
        try {
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the socket goes with the directory or the next start
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                handle(client);
            } catch (IOException e) {
                if (server.isOpen()) {
                    console.accept("run-local: a control request failed: " + e.getMessage());
                }
            }
        }
    }

    private void handle(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(Channels.newOutputStream(client), true, StandardCharsets.UTF_8);
        String request = in.readLine();
        String[] words = request == null ? new String[0] : request.trim().split("\\s+");
        Consumer<String> say = line -> {
            console.accept(line);
            out.println(line);
        };
        int exit;
        if (words.length != 2) {
            say.accept("usage: ./run-local restart|stop|start <name>");
            exit = 2;
        } else {
            exit = control.perform(words[0], words[1], say);
        }
        out.println("exit " + exit);
    }
}
