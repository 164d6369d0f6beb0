package org.govexchange.starter.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in id order and marks a row sent only after the broker acknowledged it.
 * When Kafka is unreachable the rows stay unsent (attempts and last error are recorded) and the next pass
 * tries again, so an outage delays messages and never loses them. Delivery is at-least-once: a crash
 * between the acknowledgement and the commit resends a row; consumers drop duplicates by event id (or by
 * key and version).
 *
 * <p>Built by {@link OutboxAutoConfiguration} rather than by annotation, so a test can run a second relay
 * against another broker address.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final OutboxStore store;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;
    private final KafkaConnection connection;
    private final String clientId;
    private final Clock clock;

    private Producer<String, String> producer;
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private Instant lastPurge = Instant.EPOCH;

    /**
     * @param connection the brokers to publish to and the principal to publish as
     * @param clientId the Kafka client id and thread name, e.g. {@code catalog-service-outbox}
     */
    public OutboxRelay(
            OutboxStore store,
            PlatformTransactionManager transactionManager,
            OutboxProperties properties,
            KafkaConnection connection,
            String clientId,
            Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.connection = connection;
        this.clientId = clientId;
        this.clock = clock;
    }

    /**
     * One pass: locks up to a batch of unsent rows, publishes them and marks the acknowledged ones sent.
     *
     * @return how many rows were sent
     */
    public synchronized int relayOnce() {
        Integer sent = transactions.execute(status -> relayBatch());
        return sent == null ? 0 : sent;
    }

    private int relayBatch() {
        List<OutboxStore.Row> rows = store.lockUnsent(properties.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        // The first row alone: if the broker is down we learn it after one timeout, not one per row.
        if (!awaitAndMark(rows.get(0), send(rows.get(0)))) {
            return 0;
        }
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        for (OutboxStore.Row row : rows.subList(1, rows.size())) {
            pending.add(send(row));
        }
        int sent = 1;
        for (int i = 0; i < pending.size(); i++) {
            // Stop at the first failure: later rows of the same key must not overtake it.
            if (!awaitAndMark(rows.get(i + 1), pending.get(i))) {
                break;
            }
            sent++;
        }
        return sent;
    }

    private Future<RecordMetadata> send(OutboxStore.Row row) {
        try {
            return producer().send(new ProducerRecord<>(row.topic(), row.messageKey(), row.payload()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean awaitAndMark(OutboxStore.Row row, Future<RecordMetadata> ack) {
        try {
            ack.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            store.markSent(row.id(), clock.instant());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.markFailed(row.id(), "interrupted");
            return false;
        } catch (Exception e) {
            String error = describe(e);
            log.warn(
                    "outbox: could not publish {} {} to {} ({}); it stays queued",
                    row.eventType(),
                    row.eventId(),
                    row.topic(),
                    error);
            store.markFailed(row.id(), error);
            // A fresh producer next time: after a failed send an idempotent producer may be in a fenced state.
            closeProducer();
            return false;
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            long timeout = properties.sendTimeout().toMillis();
            Map<String, Object> config = new HashMap<>(connection.clientProperties());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout + 5);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void pass() {
        try {
            int sent;
            do {
                sent = relayOnce();
            } while (running && sent == properties.batchSize());
            purgeOldRows();
        } catch (RuntimeException e) {
            // Never let the scheduler die: the database may be briefly unavailable.
            log.warn("outbox relay pass failed; retrying", e);
        }
    }

    private void purgeOldRows() {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) >= 0) {
            lastPurge = now;
            store.purgeSentBefore(now.minus(properties.retention()));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, clientId);
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pass, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            running = false;
            stopping = executor;
            executor = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(properties.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.relayEnabled();
    }
}
