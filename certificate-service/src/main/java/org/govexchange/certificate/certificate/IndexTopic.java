package org.govexchange.certificate.certificate;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The certificate library owns its index topic: the broker creates no topic on first use, so it is declared here
 * and created at start (Spring's {@code KafkaAdmin}), compacted like every {@code gx.resource.*} topic.
 */
@Configuration(proxyBeanMethods = false)
class IndexTopic {

    @Bean
    NewTopic certificateIndexTopic(IndexProperties index) {
        return TopicBuilder.name(index.topic()).partitions(1).compact().build();
    }
}
