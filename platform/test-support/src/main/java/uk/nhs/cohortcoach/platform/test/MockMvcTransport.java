package uk.nhs.cohortcoach.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Carries {@link Http}'s requests through a web-slice test's MockMvc, answering the same {@link HttpResponse}. */
final class MockMvcTransport implements Http.Transport {

    private final MockMvc mockMvc;

    MockMvcTransport(MockMvc mockMvc) {
        this.mockMvc = mockMvc;
    }

    @Override
    public HttpResponse<String> exchange(Http.Request request) {
        URI uri = request.uri();
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(request.method, uri);
        request.headers.forEach(header -> builder.header(header[0], header[1]));
        if (request.body != null) {
            builder.content(request.body);
        }
        try {
            MvcResult result = mockMvc.perform(builder).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mockMvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                        .andReturn();
            }
            return new Answer(result.getResponse(), uri, request);
        } catch (Exception e) {
            throw new IllegalStateException(request.method + " " + uri + " failed in the web slice: " + e, e);
        }
    }

    private record Answer(MockHttpServletResponse response, URI uri, Http.Request sent) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return response.getStatus();
        }

        @Override
        public HttpRequest request() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).method(sent.method,
                    sent.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(sent.body));
            sent.headers.stream().filter(h -> !h[0].equalsIgnoreCase("Content-Length")).forEach(h -> builder.header(h[0], h[1]));
            return builder.build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
            if (response.getContentType() != null) {
                headers.putIfAbsent("Content-Type", List.of(response.getContentType()));
            }
            return HttpHeaders.of(headers, (name, value) -> true);
        }

        @Override
        public String body() {
            return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return uri;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
