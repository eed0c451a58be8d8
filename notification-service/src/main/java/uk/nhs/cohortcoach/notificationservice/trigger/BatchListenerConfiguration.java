package uk.nhs.cohortcoach.notificationservice.trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * The batch listeners' containers ({@code containerPostProcessor = "batchAcknowledgement"}): offsets are committed
 * after each poll's batch (the platform's default, per record, is refused for a batch listener). A failing record still
 * commits exactly the records before it (the inbox reports its index).
 */
@Configuration(proxyBeanMethods = false)
class BatchListenerConfiguration {

    /** The name the listeners refer to. */
    static final String POST_PROCESSOR = "batchAcknowledgement";

    @Bean(POST_PROCESSOR)
    ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> batchAcknowledgement() {
        return container -> container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    }
}
