package org.govexchange.starter.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox (a change and its Kafka messages commit together; a relay publishes them after
 * the broker acknowledges) for services that set {@code gx.outbox.enabled=true} and create the
 * {@code outbox_event} table described in {@link OutboxStore}.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "gx.outbox.enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxStore outboxStore(DataSource dataSource) {
        return new OutboxStore(JdbcClient.create(dataSource));
    }

    @Bean
    Outbox outbox(OutboxStore store, JsonMapper json, ObjectProvider<Clock> clock) {
        return new Outbox(store, json, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AuditTrail auditTrail(Outbox outbox) {
        return new AuditTrail(outbox);
    }

    @Bean
    OutboxRelay outboxRelay(
            OutboxStore store,
            PlatformTransactionManager transactionManager,
            OutboxProperties properties,
            KafkaConnection kafka,
            ObjectProvider<Clock> clock,
            @Value("${spring.application.name:service}") String application) {
        return new OutboxRelay(
                store,
                transactionManager,
                properties,
                kafka,
                application + "-outbox",
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    Gauge outboxUnsentGauge(OutboxStore store, MeterRegistry meters) {
        return Gauge.builder("gx.outbox.unsent", store, OutboxStore::unsent)
                .description("outbox rows the broker has not acknowledged yet")
                .register(meters);
    }
}
