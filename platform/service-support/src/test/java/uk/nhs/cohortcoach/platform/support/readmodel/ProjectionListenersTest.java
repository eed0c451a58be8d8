package uk.nhs.cohortcoach.platform.support.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;

/** The listener containers made for read models: how many threads, and how offsets are committed. */
class ProjectionListenersTest {

    private final ConcurrentKafkaListenerContainerFactory<String, String> factory = new ConcurrentKafkaListenerContainerFactory<>();

    ProjectionListenersTest() {
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ConsumerConfig.GROUP_ID_CONFIG, "test"), new StringDeserializer(), new StringDeserializer()));
    }

    @Test
    void aProjectionThatAllowsItHasOneThreadPerConfiguredPartitionTheOthersOne() {
        ProjectionListeners listeners = new ProjectionListeners(readModels(
                projection("parallel").partitionsInParallel().build(), projection("serial").build()), factory, 6);

        assertThat(listeners.containers()).extracting(ConcurrentMessageListenerContainer::getBeanName, ConcurrentMessageListenerContainer::getConcurrency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("read-model:parallel", 6),
                        org.assertj.core.groups.Tuple.tuple("read-model:serial", 1));
    }

    @Test
    void commitsOncePerPollBecauseTheInboxSkipsARecordDeliveredAgain() {
        ProjectionListeners listeners = new ProjectionListeners(readModels(projection("any").build()), factory, 3);

        assertThat(listeners.containers()).singleElement()
                .satisfies(container -> assertThat(container.getContainerProperties().getAckMode()).isEqualTo(AckMode.BATCH));
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> new ProjectionListeners(readModels(projection("any").build()), factory, 0))
                .hasMessageContaining("cohort-coach.read-model.listener-threads");
    }

    private static Projection.Builder projection(String name) {
        return Projection.named(name).topics("cohort.events.v1").on(PersonErased.class, erased -> { });
    }

    private static ReadModels readModels(Projection... projections) {
        return new ReadModels(List.of(projections), ContractInbox.create(), mock(MongoTemplate.class), new KafkaProperties());
    }
}
