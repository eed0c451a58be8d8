package uk.nhs.cohortcoach.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.test.messages.RequestRecords;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * What every back-end service promises before it has any features: probes, metrics, an allow-list
 * of actuator endpoints, its own MongoDB database, a working Kafka client, the correlation id,
 * problem details, and a valid platform token ({@link TestTokens}) on every request but probes and
 * metrics; and what {@link HostileInputContract} says of input nobody asked for. A service proves it
 * with a subclass annotated {@link PlatformIntegrationTest}.
 */
public abstract class ServiceConformanceContract implements HostileInputContract {

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabaseFactory mongo;

    @Autowired
    private KafkaTemplate<Object, Object> kafka;

    @Autowired
    private ApplicationContext context;

    /** The MongoDB database this service owns. */
    @Override
    public abstract String expectedDatabase();

    @Override
    public int port() {
        return port;
    }

    @Override
    public MongoDatabaseFactory mongo() {
        return mongo;
    }

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
    void publishesItsOpenApiDocumentNamedAndAddressedThroughTheGateway() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        tools.jackson.databind.JsonNode document = Http.JSON.readTree(response.body());
        assertThat(document.path("info").path("title").asString()).startsWith("Cohort Coach ").endsWith("-service");
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
        assertThat(document.path("paths").size()).isPositive();
    }

    @Test
    void exposesNoActuatorEndpointOutsideTheAllowList() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops"}) {
            assertThat(get(endpoint, null, validToken()).statusCode()).as(endpoint + " with a token").isEqualTo(404);
            assertThat(get(endpoint, null, null).statusCode()).as(endpoint + " without a token").isEqualTo(401);
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
        HttpResponse<String> response = get("/no-such-resource", "conformance-42", validToken());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue(CorrelationIds.HEADER)).hasValue("conformance-42");
        assertThatProblem(response).hasStatus(404).hasType(ProblemTypes.NOT_FOUND).hasCorrelationId("conformance-42");
    }

    @Test
    void createsACorrelationIdWhenTheCallerSendsNone() throws Exception {
        HttpResponse<String> response = get("/no-such-resource", null, validToken());
        assertThat(response.statusCode()).isEqualTo(404);
        String id = response.headers().firstValue(CorrelationIds.HEADER).orElseThrow();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(response.body()).contains("\"correlationId\":\"" + id + "\"");
    }

    @Test
    void acceptsAValidTokenCheckedAgainstTheKeysFetchedFromTheJwksUri() throws Exception {
        HttpResponse<String> response = get("/no-such-resource", null, validToken());
        assertThat(response.statusCode()).as("a valid token gets past security to the 404").isEqualTo(404);
        assertThat(SharedInfrastructure.jwksRequests()).as("JWKS fetched over HTTP").isPositive();
    }

    @Test
    void refusesARequestWithoutATokenWith401ProblemAndCorrelationId() throws Exception {
        HttpResponse<String> response = get("/no-such-resource", "conformance-401", null);
        assertUnauthorized(response, "conformance-401");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void fetchesTheKeysAtMostOnceForAStreamOfTokensWithUnknownKeyIds() throws Exception {
        get("/no-such-resource", null, validToken()); // the keys are known before the attack
        int before = SharedInfrastructure.jwksRequests();
        for (int i = 0; i < 25; i++) {
            assertRefusedAsInvalid(TestTokens.withUnknownKeyId(PERSON, Role.PROGRAMME_MANAGER));
        }
        assertThat(SharedInfrastructure.jwksRequests() - before).as("JWKS fetches for 25 unknown key ids").isLessThanOrEqualTo(1);
        assertThat(get("/no-such-resource", null, validToken()).statusCode()).as("a valid token still works").isEqualTo(404);
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        assertRefusedAsInvalid(TestTokens.expired(PERSON, Role.PROGRAMME_MANAGER));
    }

    @Test
    void refusesATokenSignedByAKeyItDoesNotTrust() throws Exception {
        assertRefusedAsInvalid(TestTokens.signedByForeignKey(PERSON, Role.PROGRAMME_MANAGER));
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        assertRefusedAsInvalid(TestTokens.withIssuer("someone-else", PERSON, Role.PROGRAMME_MANAGER));
    }

    @Test
    void refusesAnUnsignedToken() throws Exception {
        assertRefusedAsInvalid(TestTokens.unsigned(PERSON, Role.PROGRAMME_MANAGER));
    }

    @Test
    void refusesAMalformedToken() throws Exception {
        assertRefusedAsInvalid("not-a-jwt");
    }

    @Test
    void keepsProbesInfoAndMetricsOpenWithoutAToken() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/info", "/actuator/prometheus"}) {
            assertThat(get(path, null, null).statusCode()).as(path).isEqualTo(200);
        }
    }

    /**
     * For every operation whose body is a record, a body that leaves out every field (opening each nested
     * record and list of records) is refused with its field errors in the order the record declares the
     * fields, nested and list fields by their path; made from the records, so a new endpoint is covered the
     * day it is written. Each operation is called with the first role that gets past its role check, at
     * an id that does not exist (the body is checked before the id is looked up).
     */
    @Test
    void listsTheFieldErrorsOfEveryRequestBodyInTheOrderItsRecordDeclaresThem() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Http http = new Http(port);
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        boolean notAlphabetical = false;
        int mostFields = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            Class<?> bodyType = recordBody(entry.getValue());
            if (bodyType == null || entry.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            String path = entry.getKey().getPathPatternsCondition().getPatternValues().iterator().next()
                    .replaceAll("\\{[^}]+}", "c0ffee00000000000000c0de");
            String method = entry.getKey().getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("POST");
            String body = RequestRecords.bodyOpeningEveryRecord(bodyType);
            HttpResponse<String> response = null;
            for (Role role : Role.values()) {
                response = http.request(method, path).authorization(Http.bearer(PERSON, role)).json(body).send();
                if (response.statusCode() != 403) {
                    break;
                }
            }
            if (response == null || response.statusCode() != 400) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            Http.json(response).path("errors").forEach(error -> fields.add(error.path("field").asString()));
            List<String> declared = new ArrayList<>(fields);
            declared.sort(RequestRecords.declarationOrder(bodyType));
            checked.add(method + " " + path + " " + fields);
            mostFields = Math.max(mostFields, bodyType.getRecordComponents().length);
            if (!fields.equals(declared)) {
                wrong.add(method + " " + path + ": " + fields + ", declared order " + declared);
            }
            List<String> alphabetical = new ArrayList<>(fields);
            alphabetical.sort(Comparator.naturalOrder());
            notAlphabetical |= !alphabetical.equals(declared);
        }
        System.out.println("[" + expectedDatabase() + "] bodies checked for field order: " + checked);
        assertThat(wrong).isEmpty();
        assertThat(checked).as("operations whose body was refused with its field errors").isNotEmpty();
        if (mostFields < 2) {
            System.out.println("[" + expectedDatabase() + "] no request body of this service has two fields or more: no order to check");
            return;
        }
        assertThat(checked).as("operations refusing a body with several field errors").anySatisfy(
                line -> assertThat(line).contains(","));
        assertThat(notAlphabetical).as("at least one body whose declaration order is not alphabetical (else this proves nothing)").isTrue();
    }

    /** The record a handler reads as its body, or null. */
    private static Class<?> recordBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    private void assertRefusedAsInvalid(String token) throws Exception {
        String correlationId = "conformance-" + UUID.randomUUID();
        HttpResponse<String> response = get("/no-such-resource", correlationId, token);
        assertUnauthorized(response, correlationId);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).startsWith("Bearer").contains("error=\"invalid_token\""));
    }

    private static void assertUnauthorized(HttpResponse<String> response, String correlationId) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue(CorrelationIds.HEADER)).hasValue(correlationId);
        assertThat(response.body())
                .contains("\"status\":401")
                .contains("\"type\":\"" + ProblemTypes.UNAUTHORIZED + "\"")
                .contains("\"correlationId\":\"" + correlationId + "\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    private static String validToken() {
        return TestTokens.forRoles(PERSON, Role.PROGRAMME_MANAGER);
    }

    private HttpResponse<String> get(String path, String correlationId) {
        return get(path, correlationId, null);
    }

    /** As a probe or scraper calls it: any content type accepted, the token and correlation id only if given. */
    private HttpResponse<String> get(String path, String correlationId, String bearerToken) {
        Http.Request request = new Http(port).request("GET", path).header("Accept", "*/*")
                .authorization(bearerToken == null ? null : "Bearer " + bearerToken);
        return (correlationId == null ? request : request.header(CorrelationIds.HEADER, correlationId)).send();
    }
}
