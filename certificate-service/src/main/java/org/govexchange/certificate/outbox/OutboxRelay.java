package org.govexchange.certificate.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in id order and marks a row sent only after the broker acknowledged it.
 * When Kafka is unreachable the rows stay unsent (attempts and last error are recorded) and the next pass
 * tries again, so an outage delays messages and never loses them. Delivery is at-least-once: a crash
 * between the acknowledgement and the commit resends a row; consumers drop duplicates by key and version
 * (index records) or event id (audit events).
 *
 * <p>Built in {@link OutboxConfiguration} rather than by annotation, so a test can run a second relay
 * against an unreachable broker.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final OutboxMapper outbox;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Clock clock;

    private ScheduledExecutorService executor;
    private volatile boolean running;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(
            OutboxMapper outbox,
            PlatformTransactionManager transactionManager,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.kafka = kafka;
        this.properties = properties;
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
        List<OutboxEvent> rows = outbox.lockUnsent(properties.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        // The first row alone: if the broker is down we learn it after one timeout, not one per row.
        if (!awaitAndMark(rows.get(0), send(rows.get(0)))) {
            return 0;
        }
        List<Future<?>> pending = new ArrayList<>();
        for (OutboxEvent row : rows.subList(1, rows.size())) {
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

    private Future<?> send(OutboxEvent row) {
        try {
            return kafka.send(row.getTopic(), row.getMessageKey(), row.getPayload());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean awaitAndMark(OutboxEvent row, Future<?> ack) {
        try {
            ack.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            outbox.markSent(row.getId(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.markFailed(row.getId(), "interrupted");
            return false;
        } catch (Exception e) {
            String error = describe(e);
            log.warn(
                    "outbox: could not publish {} {} to {} ({}); it stays queued",
                    row.getEventType(),
                    row.getEventId(),
                    row.getTopic(),
                    error);
            outbox.markFailed(row.getId(), error.length() > 500 ? error.substring(0, 500) : error);
            // A fresh producer next time: after a failed send an idempotent producer may be in a fenced state.
            kafka.getProducerFactory().reset();
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
            outbox.purgeSentBefore(LocalDateTime.ofInstant(now.minus(properties.retention()), ZoneOffset.UTC));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "certificate-outbox-relay");
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
