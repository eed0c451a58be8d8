package uk.nhs.cohortcoach.cohortservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class OpenApiIT {

    @LocalServerPort
    private int port;

    @Test
    void publishesItsOpenApiDocumentWithoutAToken() {
        HttpResponse<String> document = new Http(port).get("/v3/api-docs", null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\":\"3.").contains("/api/cohorts").contains("/api/cohorts/{id}");
    }
}
