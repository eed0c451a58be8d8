package uk.nhs.cohortcoach.hubservice.demo;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.Resources;

/**
 * Loads {@link DemoResources} at start-up in the {@code demo} profile, each written as a draft and published through
 * {@link Resources} (so ResourcePublished is sent and the search index holds it). Idempotent: a resource whose id is
 * already stored is left alone, so restarts add nothing and announce nothing twice.
 */
@Component
@Profile("demo")
class DemoResourceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResourceLoader.class);

    private final MongoTemplate mongo;
    private final Resources resources;
    private final Clock clock;

    DemoResourceLoader(MongoTemplate mongo, Resources resources, Clock clock) {
        this.mongo = mongo;
        this.resources = resources;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = load();
        log.info(added == 0 ? "Demo resources already loaded" : "Loaded {} demo resources", added);
    }

    int load() {
        int added = 0;
        for (DemoResources.DemoResource demo : DemoResources.ALL) {
            if (mongo.findById(demo.id(), Resource.class) != null) {
                continue;
            }
            Instant now = clock.instant();
            Resource draft = resources.create(demo.id(), demo.content(), now);
            resources.publish(draft.id(), draft.version(), now);
            added++;
        }
        return added;
    }
}
