package org.govexchange.exchange.hub;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.govexchange.testkit.EmbeddedKafka;

/**
 * Creates per-department topics (receipts, heartbeats) before a test writes to them: the hub subscribes to them by
 * pattern, which sees only topics that exist, and the broker does not create topics on first use.
 */
final class DepartmentTopics {

    private DepartmentTopics() {}

    static void create(String... topics) {
        try (Admin admin = Admin.create(EmbeddedKafka.clientProperties())) {
            for (String topic : topics) {
                try {
                    admin.createTopics(Arrays.asList(new NewTopic(topic, 1, (short) 1)))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic creation timed out", e);
        }
    }
}
