package uk.nhs.cohortcoach.hubservice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.hubservice.resource.ResourceStatus;
import uk.nhs.cohortcoach.hubservice.resource.Resources;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** The demo resources load once through the domain's operations, and loading them again adds and announces nothing. */
@PlatformIntegrationTest
class DemoResourceLoaderIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Resources resources;

    @Autowired
    Clock clock;

    @Test
    void loadsEveryKindPublishedOnceAndNeverAgain() {
        DemoResourceLoader loader = new DemoResourceLoader(mongo, resources, clock);
        int first = loader.load();
        assertThat(first).isBetween(0, DemoResources.ALL.size()); // another test class may have loaded them already
        assertThat(loader.load()).isZero();
        Set<Resource> loaded = DemoResources.ALL.stream().map(demo -> resources.get(demo.id())).collect(Collectors.toSet());
        assertThat(loaded).hasSize(DemoResources.ALL.size()).allSatisfy(r -> assertThat(r.status()).isEqualTo(ResourceStatus.PUBLISHED));
        assertThat(loaded.stream().map(r -> r.content().kind()).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(ResourceKind.class));
        assertThat(loaded).anySatisfy(r -> assertThat(r.content().audience()).isEqualTo(Audience.COHORT));
        assertThat(loaded).allSatisfy(r -> assertThat(r.bodyHtml()).doesNotContain("<script"));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").in(DemoResources.ALL.stream()
                        .map(DemoResources.DemoResource::id).toList())), Resource.class)).isEqualTo(DemoResources.ALL.size());
        String found = new Http(port).get("/api/resources?q=board%20inequalities", null).body();
        assertThat(found).contains("Five questions for your board on health inequalities");
    }
}
