package uk.nhs.cohortcoach.platform.support.inbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;

/**
 * The inbox, and the error handling every listener container gets: retry with exponential back-off,
 * then publish the record unchanged to {@code <topic>.DLT} with the reason in headers
 * ({@code kafka_dlt-exception-message}, {@code -fqcn}, {@code -original-topic}, {@code -original-offset}, ...)
 * and go on with the next record. Unreadable records are not retried.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class}, before = KafkaAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties({DeadLetterProperties.class, InboxProperties.class})
public class InboxAutoConfiguration {

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, InboxProperties properties) {
        ProcessedEvents processed = new ProcessedEvents(mongo);
        processed.expireAfter(properties.processedRetention());
        return processed;
    }

    @Bean
    EventInbox eventInbox(ProcessedEvents processed) {
        return new EventInbox(processed);
    }

    /** Expires processed-event records where the database does not (the Mongo wire server); one for every service. */
    @Bean
    ProcessedEventsSweep processedEventsSweep(ProcessedEvents processed, InboxProperties properties) {
        return new ProcessedEventsSweep(processed, properties, Clock.systemUTC());
    }

    /** The producer that writes dead letters; a bean of its own so it is closed when the service stops. */
    @Bean
    DeadLetterProducer deadLetterProducer(KafkaProperties kafkaProperties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(config);
        factory.setKeySerializer(new DeadLetterValueSerializer());
        factory.setValueSerializer(new DeadLetterValueSerializer());
        return new DeadLetterProducer(factory);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(DeadLetterProducer producer, DeadLetterProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producer.factory()),
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialInterval().toMillis(), properties.multiplier());
        backOff.setMaxInterval(properties.maxInterval().toMillis());
        backOff.setMaxAttempts(properties.retries());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class, DeserializationException.class);
        return handler;
    }
}
