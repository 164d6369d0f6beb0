package org.govexchange.exchange.uplink;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.govexchange.contracts.exchange.Topics;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Creates {@code gx.resource.<code>} as a compacted topic before the first record goes to it (a topic the
 * producer created by itself would get the broker's default cleanup policy, delete, and lose old keys).
 */
@Component
class ResourceTopics {

    private final KafkaAdmin admin;
    private final UplinkProperties properties;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    ResourceTopics(KafkaAdmin admin, UplinkProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    void ensure(String resourceCode) {
        String topic = Topics.resource(resourceCode);
        if (ensured.contains(topic)) {
            return;
        }
        admin.createOrModifyTopics(TopicBuilder.name(topic)
                .partitions(properties.resourcePartitions())
                .compact()
                .build());
        ensured.add(topic);
    }
}
