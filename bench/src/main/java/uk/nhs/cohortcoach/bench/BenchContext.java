package uk.nhs.cohortcoach.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a scenario is given: the stack, its size, and the clients it measures with. Closed after the run. */
public final class BenchContext implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final Stack stack;
    private final boolean smoke;
    private final BenchHttp http = new BenchHttp();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Consumer<String> log;
    private MongoClient mongo;

    public BenchContext(Stack stack, boolean smoke, Consumer<String> log) {
        this.stack = stack;
        this.smoke = smoke;
        this.log = log;
    }

    /** Smoke size: seconds, not minutes; figures are printed but too small to judge the targets by. */
    public boolean smoke() {
        return smoke;
    }

    /** The size of a run: {@code full} normally, {@code smoke} in a smoke run. */
    public int scaled(int full, int smoke) {
        return this.smoke ? smoke : full;
    }

    public Stack stack() {
        return stack;
    }

    public BenchHttp http() {
        return http;
    }

    /** Signs in through the gateway as a demo user (password "demo") and answers the platform token; kept per user. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, name -> {
            BenchHttp.Result result = http.postJson(stack.gateway(), "/auth/login", null,
                    JSON.createObjectNode().put("username", name).put("password", "demo").toString());
            if (!result.ok()) {
                throw new IllegalStateException("signing in as " + name + " through " + stack.gateway() + " " + result);
            }
            JsonNode token = JSON.readTree(result.body()).path("token");
            if (!token.isString()) {
                throw new IllegalStateException("signing in as " + name + " answered no token: " + result.body());
            }
            return token.asString();
        });
    }

    /** The stack's MongoDB (each service's database is named in its application.yml: cohort, coaching, survey...). */
    public synchronized MongoClient mongo() {
        if (mongo == null) {
            mongo = MongoClients.create(stack.mongoUri());
        }
        return mongo;
    }

    /** Client properties for the stack's broker: add (de)serialisers, group ids and the like. */
    public Properties kafka() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", stack.kafkaBootstrapServers());
        return properties;
    }

    /** A progress line. */
    public void log(String line) {
        log.accept(line);
    }

    @Override
    public synchronized void close() {
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }
}
