package uk.nhs.cohortcoach.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/**
 * What every back-end service promises before it has any features: probes, metrics, an allow-list
 * of actuator endpoints, its own MongoDB database, a working Kafka client, the correlation id and
 * problem details. A service proves it with a subclass annotated {@link PlatformIntegrationTest}.
 */
public abstract class ServiceConformanceContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabaseFactory mongo;

    @Autowired
    private KafkaTemplate<Object, Object> kafka;

    /** The MongoDB database this service owns. */
    protected abstract String expectedDatabase();

    @Test
    void reportsLivenessAndReadinessUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void reportsMongoAndKafkaHealthUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"mongo\":{\"status\":\"UP\"")
                .contains("\"kafka\":{\"status\":\"UP\"");
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void exposesNoActuatorEndpointOutsideTheAllowList() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops"}) {
            assertThat(get(endpoint, null).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void writesToItsOwnMongoDatabase() {
        assertThat(mongo.getMongoDatabase().getName()).isEqualTo(expectedDatabase());
        String marker = UUID.randomUUID().toString();
        mongo.getMongoDatabase().getCollection("conformance_check").insertOne(new Document("marker", marker));
        assertThat(mongo.getMongoDatabase().getCollection("conformance_check")
                .find(new Document("marker", marker)).first()).isNotNull();
    }

    @Test
    void publishesToTheRealKafkaBrokerWithAllReplicasAcknowledging() throws Exception {
        assertThat(kafka.getProducerFactory().getConfigurationProperties())
                .containsEntry("acks", "all");
        SendResult<Object, Object> sent = kafka.send(new ProducerRecord<>("conformance-check", "key", "hello"))
                .get(30, TimeUnit.SECONDS);
        assertThat(sent.getRecordMetadata().offset()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void returnsTheCallersCorrelationIdInHeaderAndProblemBody() throws Exception {
        HttpResponse<String> response = get("/no-such-resource", "conformance-42");
        assertThat(response.headers().firstValue(CorrelationIds.HEADER)).hasValue("conformance-42");
        assertThatProblem(response).hasStatus(404).hasType(ProblemTypes.NOT_FOUND).hasCorrelationId("conformance-42");
    }

    @Test
    void createsACorrelationIdWhenTheCallerSendsNone() throws Exception {
        HttpResponse<String> response = get("/no-such-resource", null);
        String id = response.headers().firstValue(CorrelationIds.HEADER).orElseThrow();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(response.body()).contains("\"correlationId\":\"" + id + "\"");
    }

    private HttpResponse<String> get(String path, String correlationId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (correlationId != null) {
            request.header(CorrelationIds.HEADER, correlationId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
