package uk.nhs.cohortcoach.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import uk.nhs.cohortcoach.platform.events.Topics;

/**
 * One real Kafka broker (KRaft, in-process) and one Mongo wire server per test JVM, started on first
 * use and shared by every test class in that JVM; they stop when the JVM exits. The platform topics
 * and their dead-letter topics exist from the start. Neither is stopped explicitly: they end with the
 * JVM, after the cached Spring contexts have closed (stopping the broker first would make every
 * context's Kafka consumers wait out their close timeout). Also serves the JWKS endpoint of
 * {@link TestTokens}.
 */
public final class SharedInfrastructure {

    /** Where tests find the shared infrastructure. */
    public record Endpoints(String kafkaBootstrapServers, String mongoUri) {
    }

    private static Endpoints endpoints;
    private static JwksServer jwks;

    private SharedInfrastructure() {
    }

    /** Starts the broker and the Mongo wire server if this JVM has not yet, and says where they are. */
    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = new Endpoints(startKafka(), startMongo());
        }
        return endpoints;
    }

    /**
     * Where the services find the signing key of {@link TestTokens}: a small HTTP server in this JVM,
     * started on first use (independently of Kafka and Mongo).
     */
    public static synchronized String jwksUri() {
        return jwks().uri();
    }

    /** How many times a service has fetched the test JWKS in this JVM. */
    public static synchronized int jwksRequests() {
        return jwks().requests();
    }

    private static JwksServer jwks() {
        if (jwks == null) {
            jwks = JwksServer.start();
        }
        return jwks;
    }

    private static String startKafka() {
        String[] topics = Topics.ALL.stream()
                .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
                .toArray(String[]::new);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, topics);
        broker.afterPropertiesSet();
        return broker.getBrokersAsString();
    }

    private static String startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
