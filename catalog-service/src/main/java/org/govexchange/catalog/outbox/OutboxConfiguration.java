package org.govexchange.catalog.outbox;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(
            OutboxMapper outbox,
            PlatformTransactionManager transactionManager,
            OutboxProperties properties,
            Clock clock) {
        return new OutboxRelay(outbox, transactionManager, properties, clock);
    }
}
