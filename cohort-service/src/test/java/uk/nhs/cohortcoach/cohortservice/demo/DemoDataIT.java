package uk.nhs.cohortcoach.cohortservice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
@ActiveProfiles("demo")
class DemoDataIT {

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private DemoDataLoader loader;

    @Test
    void loadsThePhasesTheFivePhaseTwoCollaborativesAndTheDemoPeople() {
        assertThat(mongo.findById(DemoData.PHASE_1, Cohort.class)).isNotNull();
        assertThat(mongo.findById(DemoData.PHASE_2, Cohort.class).phase()).isEqualTo(2);
        assertThat(mongo.find(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("cohortId")
                .is(DemoData.PHASE_2)), Collaborative.class))
                .extracting(Collaborative::name, Collaborative::sector)
                .contains(org.assertj.core.groups.Tuple.tuple("Joined Up Care Derbyshire", Sector.ALL_IN),
                        org.assertj.core.groups.Tuple.tuple("Mid and South Essex Community Collaborative", Sector.COMMUNITY))
                .hasSize(5);
        Person member = mongo.findById(DemoData.MEMBER, Person.class);
        assertThat(member.currentMembership(DemoData.JUCD)).isNotNull();
        assertThat(mongo.findById(DemoData.MANAGER, Person.class).email()).isEqualTo("morgan.ellis@example.nhs.uk");
    }

    @Test
    void loadsOnceAddingAndPublishingNothingTheSecondTime() {
        long people = mongo.count(new Query(), Person.class);

        assertThat(loader.load()).isZero();

        assertThat(mongo.count(new Query(), Person.class)).isEqualTo(people);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            topic.await(r -> DemoData.AHA.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(topic.collectFor(r -> DemoData.AHA.equals(r.key())
                    && EventJson.read(r.value()).type().equals("CollaborativeEnrolled"), Duration.ofSeconds(2))).hasSize(1);
        }
    }
}
