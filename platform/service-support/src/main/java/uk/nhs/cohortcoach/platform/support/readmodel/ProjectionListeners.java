package uk.nhs.cohortcoach.platform.support.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.MessageListener;

/**
 * One listener container per read model, made by the service's listener container factory (so it
 * has the platform's retry and dead-letter handling, observations and record acks), listening in the
 * projection's consumer group, or the service's own. Offsets are committed once per poll (the inbox makes a
 * record delivered again after a crash a repeat), and a projection that {@linkplain Projection.Builder#partitionsInParallel() allows it}
 * has its partitions handled by up to {@code cohort-coach.read-model.listener-threads} threads (default 3, the
 * local topics' partitions; more threads than partitions stand idle). Container ids are {@code read-model:<name>}.
 */
class ProjectionListeners implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<?, ?>> containers = new ArrayList<>();
    private volatile boolean running;

    ProjectionListeners(ReadModels readModels, ConcurrentKafkaListenerContainerFactory<?, ?> factory, int parallelThreads) {
        if (parallelThreads < 1) {
            throw new IllegalArgumentException("cohort-coach.read-model.listener-threads must be at least 1: " + parallelThreads);
        }
        for (Projection projection : readModels.projections()) {
            ConcurrentMessageListenerContainer<?, ?> container = factory.createContainer(projection.topics().toArray(String[]::new));
            if (projection.groupId() != null) {
                container.getContainerProperties().setGroupId(projection.groupId());
            }
            container.getContainerProperties().setMessageListener(
                    (MessageListener<Object, Object>) record -> receive(readModels, projection, record));
            // One commit per poll, not per record: a record handled again after a crash is a repeat the inbox skips.
            container.getContainerProperties().setAckMode(AckMode.BATCH);
            container.setConcurrency(projection.partitionsInParallel() ? parallelThreads : 1);
            container.setBeanName("read-model:" + projection.name());
            containers.add(container);
        }
    }

    private static void receive(ReadModels readModels, Projection projection, ConsumerRecord<Object, Object> record) {
        if (record.value() != null) {
            readModels.receive(projection.name(), record.value().toString());
        }
    }

    /** The containers, one per read model (for tests). */
    List<ConcurrentMessageListenerContainer<?, ?>> containers() {
        return List.copyOf(containers);
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
