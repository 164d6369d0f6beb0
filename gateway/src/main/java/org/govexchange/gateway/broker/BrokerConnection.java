package org.govexchange.gateway.broker;

import org.govexchange.contracts.kafka.KafkaConnection;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The gateway's one broker connection ({@code gx.kafka.*}): catalog events in, audit events out. */
@Configuration(proxyBeanMethods = false)
class BrokerConnection {

    @Bean
    KafkaConnection kafkaConnection(Environment environment) {
        return Binder.get(environment)
                .bind("gx.kafka", KafkaConnection.class)
                .orElseGet(() -> new KafkaConnection(null, null, null, null, null, null, null));
    }
}
