package uk.nhs.cohortcoach.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * The one way tests call a service, a gateway or the whole platform: as a client does, over HTTP
 * ({@link #Http(int)}, {@link #Http(URI)}), or in a web-slice test through the slice's MockMvc
 * ({@link WebSliceTest}, {@link #over(org.springframework.test.web.servlet.MockMvc)}) with the same calls and the same
 * {@link HttpResponse}. {@code authorization} may be null (no token) everywhere.
 *
 * <pre>{@code
 * http.get("/api/cohorts", Http.bearer("p-1", Role.PROGRAMME_MANAGER));
 * http.post("/api/cohorts", manager, "{\"name\":\"Phase 2\"}");
 * http.request("POST", "/api/collaboratives/c-1/participants/import").authorization(manager)
 *         .body("text/csv", csvBytes).header("X-Correlation-Id", "import-1").send();
 * }</pre>
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ACCEPT = "application/json, application/problem+json";

    /** Carries one request to the service and brings its response back. */
    interface Transport {
        HttpResponse<String> exchange(Request request);
    }

    private final URI base;
    private final Transport transport;

    /** A service listening on {@code 127.0.0.1:port}. */
    public Http(int port) {
        this(URI.create("http://127.0.0.1:" + port));
    }

    /** Whatever listens at {@code base} (a gateway, the local stack): e.g. {@code http://localhost:8080}. */
    public Http(URI base) {
        this(base, new NetworkTransport());
    }

    Http(URI base, Transport transport) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.transport = transport;
    }

    /** A web-slice test's MockMvc: no server, no broker, no database, the same calls. */
    public static Http over(org.springframework.test.web.servlet.MockMvc mockMvc) {
        return new Http(URI.create("http://localhost"), new MockMvcTransport(mockMvc));
    }

    /** An {@code Authorization} header value: a platform token for the person with the roles. */
    public static String bearer(String personId, Role... roles) {
        return "Bearer " + TestTokens.forRoles(personId, roles);
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    public HttpResponse<String> post(String path, String authorization, String json) {
        return send("POST", path, authorization, json);
    }

    public HttpResponse<String> put(String path, String authorization, String json) {
        return send("PUT", path, authorization, json);
    }

    public HttpResponse<String> delete(String path, String authorization) {
        return send("DELETE", path, authorization, null);
    }

    /** Sends {@code body} (if any) as JSON, asking for JSON or a problem document back. */
    public HttpResponse<String> send(String method, String path, String authorization, String body) {
        Request request = request(method, path).authorization(authorization);
        return (body == null ? request : request.json(body)).send();
    }

    /** A request with more to it than a token and a JSON body: other headers, other content types, raw bytes. */
    public Request request(String method, String path) {
        return new Request(this, method, path);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** One request being put together; {@link #send()} sends it. */
    public static final class Request {

        private final Http http;
        final String method;
        final String path;
        final List<String[]> headers = new ArrayList<>();
        byte[] body;
        Duration timeout = Duration.ofSeconds(30);
        boolean streamed;

        private Request(Http http, String method, String path) {
            this.http = http;
            this.method = method;
            this.path = path;
            header("Accept", ACCEPT);
        }

        /** The {@code Authorization} header, e.g. {@link Http#bearer}; null sends none. */
        public Request authorization(String authorization) {
            return authorization == null ? this : header("Authorization", authorization);
        }

        /** Adds a header; {@code Accept} replaces the default. */
        public Request header(String name, String value) {
            if (name.equalsIgnoreCase("Accept")) {
                headers.removeIf(header -> header[0].equalsIgnoreCase("Accept"));
            }
            headers.add(new String[] {name, value});
            return this;
        }

        /** Leaves out a header set so far, e.g. the default {@code Accept}, to call as a browser or probe that sends none. */
        public Request withoutHeader(String name) {
            headers.removeIf(header -> header[0].equalsIgnoreCase(name));
            return this;
        }

        public Request json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public Request body(String contentType, String text) {
            return body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        public Request body(String contentType, byte[] bytes) {
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            this.body = bytes;
            return this;
        }

        /** Sends the body as a stream, without a {@code Content-Length} (chunked), as a client that streams it does. */
        public Request streamed() {
            this.streamed = true;
            return this;
        }

        public Request timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        URI uri() {
            return http.uri(path);
        }

        Map<String, List<String>> headerMap() {
            Map<String, List<String>> map = new java.util.LinkedHashMap<>();
            headers.forEach(header -> map.computeIfAbsent(header[0], name -> new ArrayList<>()).add(header[1]));
            return map;
        }

        public HttpResponse<String> send() {
            return http.transport.exchange(this);
        }
    }

    private static final class NetworkTransport implements Transport {

        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        @Override
        public HttpResponse<String> exchange(Request request) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout)
                    .method(request.method, request.body == null ? HttpRequest.BodyPublishers.noBody()
                            : request.streamed ? HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new java.io.ByteArrayInputStream(request.body))
                            : HttpRequest.BodyPublishers.ofByteArray(request.body));
            request.headers.forEach(header -> builder.header(header[0], header[1]));
            try {
                return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(request.method + " " + request.uri() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
