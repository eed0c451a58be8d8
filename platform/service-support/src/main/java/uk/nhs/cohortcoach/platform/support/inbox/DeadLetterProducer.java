package uk.nhs.cohortcoach.platform.support.inbox;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/** Holds the dead-letter producer so that it is closed with the application context. */
record DeadLetterProducer(DefaultKafkaProducerFactory<Object, Object> factory) implements DisposableBean {

    @Override
    public void destroy() {
        factory.destroy();
    }
}
