package uk.nhs.cohortcoach.cohortservice.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.person.Membership;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;

/**
 * Loads {@link DemoData} at start-up in the {@code demo} profile. Idempotent: anything whose id is
 * already stored is left alone, so restarts add nothing and publish no event twice.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    DemoDataLoader(MongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = load();
        log.info(added == 0 ? "Demo data already loaded" : "Loaded {} demo records", added);
    }

    int load() {
        Instant now = clock.instant();
        int added = 0;
        for (DemoData.DemoCohort demo : DemoData.COHORTS) {
            if (absent(demo.id(), Cohort.class)) {
                Cohort cohort = Cohort.create(demo.id(), demo.details());
                outbox.insert(cohort, cohort.created(now));
                added++;
            }
        }
        for (DemoData.DemoPerson demo : DemoData.PEOPLE) {
            if (absent(demo.id(), Person.class)) {
                Person person = Person.register(demo.id(), demo.details());
                List<DomainEvent> events = new ArrayList<>(List.of(person.registered(now)));
                if (demo.collaborativeId() != null) {
                    person = person.join(demo.collaborativeId(), DemoData.PHASE_2, demo.role(), DemoData.COHORTS.get(1)
                            .details().startDate());
                    Membership membership = person.currentMembership(demo.collaborativeId());
                    events.add(person.joined(membership, now));
                }
                outbox.insert(person, events.toArray(DomainEvent[]::new));
                added++;
            }
        }
        for (DemoData.DemoCollaborative demo : DemoData.COLLABORATIVES) {
            if (absent(demo.id(), Collaborative.class)) {
                Collaborative collaborative = Collaborative.of(demo.id(), demo.cohortId(), demo.details(), null);
                outbox.insert(collaborative, collaborative.enrolled(now));
                added++;
            }
        }
        return added;
    }

    private boolean absent(String id, Class<?> type) {
        return mongo.findById(id, type) == null;
    }
}
