package org.govexchange.starter.kafka;

import org.govexchange.contracts.kafka.KafkaConnection;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/** The process's one {@link KafkaConnection}, for the Kafka clients it builds itself (outbox relay, node). */
@AutoConfiguration
public class KafkaConnectionAutoConfiguration {

    @Bean
    KafkaConnection kafkaConnection(ConfigurableEnvironment environment) {
        return KafkaConnectionEnvironment.bind(environment);
    }
}
