package uk.nhs.cohortcoach.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The suite's one HTTP client (HTTP/1.1 with keep-alive, as browsers and the gateway's clients talk to the platform):
 * every call is timed and answers a {@link Result}, whatever the status; a failure to connect is a result too.
 */
public final class BenchHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    public BenchHttp() {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one request answered and how long it took, from sending to the last byte of the body. */
    public record Result(int status, String body, long nanos, String error) {

        /** A 2xx answer. */
        public boolean ok() {
            return error == null && status >= 200 && status < 300;
        }

        public double millis() {
            return nanos / 1_000_000.0;
        }

        @Override
        public String toString() {
            return error != null ? "failed: " + error : status + " in " + String.format(java.util.Locale.ROOT, "%.1f ms", millis())
                    + (ok() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    public Result send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode(), response.body(), System.nanoTime() - start, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, "", System.nanoTime() - start, "interrupted");
        } catch (Exception e) {
            return new Result(0, "", System.nanoTime() - start, e.toString());
        }
    }

    public Result get(URI base, String path, String token) {
        return send(request(base, path, token).GET().build());
    }

    public Result postJson(URI base, String path, String token, String json) {
        return send(request(base, path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Result putJson(URI base, String path, String token, String json) {
        return send(request(base, path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A request builder with the suite's defaults: JSON accepted, the bearer token when there is one. */
    public static HttpRequest.Builder request(URI base, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .timeout(TIMEOUT).header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
