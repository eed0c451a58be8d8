package uk.nhs.cohortcoach.cohortservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class OpenApiIT {

    @LocalServerPort
    private int port;

    @Test
    void publishesItsOpenApiDocumentWithoutAToken() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\":\"3.").contains("/api/cohorts").contains("/api/cohorts/{id}");
    }
}
