package org.govexchange.exchange.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The hub owns {@code gx.hub.deadletter} and creates it. Every Spring {@code @KafkaListener} container built by
 * the service's default factory gets the error handler below (Spring Boot wires a unique {@link
 * CommonErrorHandler} bean into it): a record whose listener fails is tried {@code 3} times, then forwarded to the
 * dead-letter topic and committed past, so one bad record never loops; an outage (database, catalog, broker) is
 * retried for as long as it lasts, since the record itself is fine. The audit consumer has its own factory and
 * handler (it diverts bad events to {@code gx.audit.invalid} itself).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String LISTENER = "listener";
    static final String LISTENER_FAILED = "LISTENER_FAILED";

    @Bean
    NewTopic deadLetterTopic() {
        // As KafkaAccess.platformTopics() declares it: a different count would make KafkaAdmin try to alter it.
        return TopicBuilder.name(DeadLetters.TOPIC).partitions(1).build();
    }

    @Bean
    CommonErrorHandler listenerErrorHandler(DeadLetters deadLetters) {
        var handler = new DefaultErrorHandler(
                (record, failure) -> {
                    Throwable cause = failure instanceof ListenerExecutionFailedException && failure.getCause() != null
                            ? failure.getCause()
                            : failure;
                    deadLetters.publish(DeadLetters.letter(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            bytes(record.key()),
                            bytes(record.value()),
                            record.headers(),
                            LISTENER_FAILED,
                            cause.toString()));
                    deadLetters.count(LISTENER, LISTENER_FAILED);
                },
                new FixedBackOff(500, 2));
        handler.setBackOffFunction((ConsumerRecord<?, ?> record, Exception failure) -> backOff(failure));
        return handler;
    }

    private static BackOff backOff(Exception failure) {
        if (!Outages.isOutage(failure)) {
            return new FixedBackOff(500, 2);
        }
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    private static byte[] bytes(Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }
}
