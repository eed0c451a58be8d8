package uk.nhs.cohortcoach.platform.support.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * UP when the service's MongoDB database answers {@code ping}. Replaces Spring Boot's indicator,
 * whose {@code hello} command the embedded Mongo wire server does not know; {@code ping} works on
 * both that server and a real MongoDB.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN")
                .withDetail("database", mongo.getDb().getName());
    }
}
