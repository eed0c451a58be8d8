package uk.nhs.cohortcoach.platform.support.outbox;

import java.time.Clock;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The outbox for every service with MongoDB, and its relay to Kafka. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class},
        afterName = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    TraceCarrier outboxTraceCarrier(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceCarrier(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** How a write wakes this process's relay. */
    @Bean
    RelayTrigger outboxRelayTrigger() {
        return new RelayTrigger();
    }

    @Bean
    Outbox outbox(MongoTemplate mongo, TraceCarrier trace, RelayTrigger relayTrigger) {
        return new Outbox(mongo, trace, relayTrigger, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "cohort-coach.outbox.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafkaProperties, OutboxProperties properties,
            TraceCarrier trace, RelayTrigger relayTrigger, ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        int timeout = (int) properties.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 1);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0); // an event leaves at once: the relay waits for each ack anyway
        config.put(ProducerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "service") + "-outbox");
        DefaultKafkaProducerFactory<String, String> factory =
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(factory);
        kafka.setObservationEnabled(true);
        observations.ifAvailable(kafka::setObservationRegistry);
        return new OutboxRelay(mongo, kafka, properties, trace, relayTrigger, Clock.systemUTC(), meters.getIfAvailable());
    }
}
