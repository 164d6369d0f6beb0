package org.govexchange.starter.outbox.testing;

import java.time.Clock;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.starter.outbox.OutboxProperties;
import org.govexchange.starter.outbox.OutboxRelay;
import org.govexchange.starter.outbox.OutboxStore;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A Kafka outage as a service's outbox test sees it: the service's own relay is stopped and a relay whose broker
 * is unreachable takes its place (the shared test broker stays up for the other tests). Closing it stops that relay
 * and starts the service's again, which then delivers what waited. Begin one with {@link #begin}.
 */
public record OutboxOutage(OutboxRelay relay, OutboxRelay unreachable) implements AutoCloseable {

    /** Stops the relay of the application in {@code context} until {@link #close()}. */
    public static OutboxOutage begin(ApplicationContext context) {
        OutboxRelay relay = context.getBean(OutboxRelay.class);
        relay.stop();
        var unreachable = new OutboxRelay(
                context.getBean(OutboxStore.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(OutboxProperties.class),
                KafkaConnection.scram("127.0.0.1:1", "gx-unreachable", "unused"),
                "unreachable-relay",
                Clock.systemUTC());
        return new OutboxOutage(relay, unreachable);
    }

    /** One relay pass against the unreachable broker; answers how many rows it sent (none, if it is down). */
    public int relayOnce() {
        return unreachable.relayOnce();
    }

    @Override
    public void close() {
        try {
            unreachable.stop();
        } finally {
            relay.start();
        }
    }
}
