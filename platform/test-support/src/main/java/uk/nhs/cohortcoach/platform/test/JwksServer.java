package uk.nhs.cohortcoach.platform.test;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny HTTP server on the loopback interface that publishes {@link TestTokens}' JWKS, as the gateway does. */
final class JwksServer {

    static final String PATH = "/.well-known/jwks.json";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    static JwksServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            JwksServer jwks = new JwksServer(server);
            server.createContext(PATH, exchange -> {
                jwks.requests.incrementAndGet();
                byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "jwks-server-stop"));
            return jwks;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test JWKS server", e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    int requests() {
        return requests.get();
    }
}
