package uk.nhs.cohortcoach.platform.support.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * One listener container per read model, made by the service's listener container factory (so it
 * has the platform's retry and dead-letter handling, observations and record acks), listening in the
 * projection's consumer group, or the service's own. Container ids are {@code read-model:<name>}.
 */
class ProjectionListeners implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<?, ?>> containers = new ArrayList<>();
    private volatile boolean running;

    ProjectionListeners(ReadModels readModels, ConcurrentKafkaListenerContainerFactory<?, ?> factory) {
        for (Projection projection : readModels.projections()) {
            ConcurrentMessageListenerContainer<?, ?> container = factory.createContainer(projection.topics().toArray(String[]::new));
            if (projection.groupId() != null) {
                container.getContainerProperties().setGroupId(projection.groupId());
            }
            container.getContainerProperties().setMessageListener(
                    (MessageListener<Object, Object>) record -> receive(readModels, projection, record));
            container.setBeanName("read-model:" + projection.name());
            containers.add(container);
        }
    }

    private static void receive(ReadModels readModels, Projection projection, ConsumerRecord<Object, Object> record) {
        if (record.value() != null) {
            readModels.receive(projection.name(), record.value().toString());
        }
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
