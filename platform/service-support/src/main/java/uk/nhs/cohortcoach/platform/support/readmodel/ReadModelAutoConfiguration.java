package uk.nhs.cohortcoach.platform.support.readmodel;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;
import uk.nhs.cohortcoach.platform.support.inbox.InboxAutoConfiguration;

/** Read models: on when the service declares at least one {@link Projection} bean. */
@AutoConfiguration(after = {InboxAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean({Projection.class, EventInbox.class})
public class ReadModelAutoConfiguration {

    @Bean
    ReadModels readModels(List<Projection> projections, EventInbox inbox, MongoTemplate mongo, KafkaProperties kafka) {
        return new ReadModels(projections, inbox, mongo, kafka);
    }

    /** How long a request naming something the read model lacks waits for it (see {@link ReadModelLag}). */
    @Bean
    ReadModelLag readModelLag(@Value("${cohort-coach.read-model.lag-wait:3s}") Duration patience) {
        return new ReadModelLag(patience);
    }

    @Bean
    ProjectionListeners readModelListeners(ReadModels readModels, ConcurrentKafkaListenerContainerFactory<?, ?> kafkaListenerContainerFactory,
            @Value("${cohort-coach.read-model.listener-threads:3}") int parallelThreads) {
        return new ProjectionListeners(readModels, kafkaListenerContainerFactory, parallelThreads);
    }
}
