package uk.nhs.cohortcoach.localstack.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.localstack.browser.BrowserStack;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.sweep.OpenApiSweep;
import uk.nhs.cohortcoach.platform.test.sweep.SweepReport;

/**
 * Every operation of every service's OpenAPI document, as the gateway serves it, swept with hostile
 * values through the gateway as a programme manager: no 5xx, every error a problem document naming
 * the field, nothing stored, and the services' circuit breakers still closed afterwards (a coach can
 * still list sessions).
 */
class GatewayHostileInputIT {

    private static final List<String> SERVICES = List.of("cohort", "coaching", "survey", "notification");
    private static final List<String> DATABASES = List.of("cohort", "coaching", "survey");

    @Test
    void noHostileValueThroughTheGatewayBreaksAServiceStoresAnythingOrOpensACircuit() throws Exception {
        BrowserStack stack = BrowserStack.get();
        String manager = "Bearer " + stack.token("manager");
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + stack.port("MONGODB_PORT"))) {
            Map<String, Long> before = quietCounts(mongo);
            List<String> failures = new ArrayList<>();
            int requests = 0;
            for (String service : SERVICES) {
                String document = get(stack.baseUrl() + "/v3/api-docs/" + service, null).body();
                SweepReport report = OpenApiSweep.of(stack.baseUrl(), document).allowingEdgeStatuses(429).run(manager);
                System.out.println("[gateway → " + service + "] " + report.summary());
                failures.addAll(report.failures());
                requests += report.requests();
            }
            assertThat(failures).isEmpty();
            assertThat(requests).isGreaterThan(1_000);
            assertThat(quietCounts(mongo)).as("documents per collection after the sweep").isEqualTo(before);
        }
        HttpResponse<String> afterwards = get(stack.baseUrl() + "/api/sessions", "Bearer " + stack.token("coach"));
        assertThat(afterwards.statusCode()).as("coaching still serves its users").isEqualTo(200);
    }

    private static Map<String, Long> quietCounts(MongoClient mongo) throws InterruptedException {
        Map<String, Long> previous = counts(mongo);
        for (int look = 0; look < 30; look++) {
            Thread.sleep(1_000);
            Map<String, Long> now = counts(mongo);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    /** Documents per collection of the databases a manager's writes reach (notification's are made by events). */
    private static Map<String, Long> counts(MongoClient mongo) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : DATABASES) {
            var database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                counts.put(name + "." + collection, database.getCollection(collection).countDocuments(new Document()));
            }
        }
        return counts;
    }

    private static HttpResponse<String> get(String url, String authorization) {
        return new Http(URI.create(url)).request("GET", "").withoutHeader("Accept").authorization(authorization).send();
    }
}
