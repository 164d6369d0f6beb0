package org.govexchange.node.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.broker.NodeProducer;
import org.govexchange.node.keys.NodeSigningKey;
import org.govexchange.node.outbox.OutboxService.ConcurrentClaimException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox to {@code gx.uplink.<dept>}: claims up to batch-size rows of one resource into a batch,
 * signs the envelope, sends it (key = batch id) and marks the rows sent only once the broker acknowledged.
 * Several batches are in flight at a time. When the broker is unreachable, sends fail after the send timeout,
 * the rows stay claimed and unsent, and the same batches (same id, same bytes) go out again after a backoff;
 * meanwhile extraction carries on and the outbox grows.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    /** What one drain pass did. */
    public record DrainResult(int batches, int records, boolean failed) {}

    private final NodeProperties node;
    private final OutboxService outbox;
    private final NodeSigningKey key;
    private final NodeProducer producer;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String topic;
    private final Semaphore wakeups = new Semaphore(0);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong outboxSize = new AtomicLong();
    private final Timer latency;
    private final Counter failures;
    private final Map<String, Counter> recordsSent = new ConcurrentHashMap<>();
    private volatile long sizeCountedAt;
    private volatile Instant lastSentAt;
    private volatile String lastBatchId;
    private volatile String lastError;
    private volatile boolean running;
    private Thread thread;

    public OutboxSender(
            NodeProperties node,
            OutboxService outbox,
            NodeSigningKey key,
            NodeProducer producer,
            MeterRegistry meters,
            Clock clock) {
        this.node = node;
        this.outbox = outbox;
        this.key = key;
        this.producer = producer;
        this.meters = meters;
        this.clock = clock;
        this.topic = Topics.uplink(node.departmentCode());
        this.latency = Timer.builder("gx.node.batch.latency")
                .description("from sending an uplink batch to the broker's acknowledgement")
                .tag("direction", "uplink")
                .register(meters);
        this.failures = Counter.builder("gx.node.send.failures")
                .description("uplink batches the broker did not acknowledge in time")
                .register(meters);
        meters.gauge("gx.node.outbox.size", outboxSize);
    }

    /** Tells the sender there is something to send (extraction, push). */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /** One pass with the node's producer. */
    public DrainResult drainOnce() {
        return drainOnce(producer.producer());
    }

    /**
     * One pass: re-sends claimed batches first, claims new ones up to batches-in-flight, sends them all, then
     * waits for the acknowledgements and marks the acknowledged batches sent.
     */
    public DrainResult drainOnce(Producer<String, byte[]> kafka) {
        int inFlight = node.sender().batchesInFlight();
        List<OutboxBatch> batches = new ArrayList<>(outbox.unsentBatches(inFlight));
        Map<String, byte[]> encoded = new HashMap<>();
        claimNew(batches, encoded, inFlight);
        if (batches.isEmpty()) {
            refreshSize(false);
            return new DrainResult(0, 0, false);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        long started = System.nanoTime();
        boolean failed = false;
        for (OutboxBatch batch : batches) {
            try {
                byte[] json = encoded.containsKey(batch.batchId()) ? encoded.get(batch.batchId()) : encode(batch);
                acks.add(kafka.send(new ProducerRecord<>(topic, batch.batchId(), json)));
            } catch (RuntimeException e) {
                // Metadata unavailable within max.block.ms, producer closed...: the rest would fail the same way.
                noteFailure(e);
                failed = true;
                break;
            }
        }
        long deadline = started + node.sender().sendTimeout().plusSeconds(5).toNanos();
        int sentBatches = 0;
        int sentRecords = 0;
        for (int i = 0; i < acks.size(); i++) {
            OutboxBatch batch = batches.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                noteFailure(e instanceof ExecutionException ? e.getCause() : e);
                failed = true;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = true;
                break;
            }
            outbox.markSent(batch.batchId());
            latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            recordsSent
                    .computeIfAbsent(batch.resourceCode(), rc -> Counter.builder("gx.node.records.sent")
                            .description("records acknowledged by the broker on the uplink")
                            .tag("resource", rc)
                            .register(meters))
                    .increment(batch.rows().size());
            sentBatches++;
            sentRecords += batch.rows().size();
            lastSentAt = clock.instant();
            lastBatchId = batch.batchId();
        }
        if (!failed && lastError != null) {
            log.info("the broker acknowledges uplink batches again");
            lastError = null;
        }
        refreshSize(false);
        return new DrainResult(sentBatches, sentRecords, failed);
    }

    /** Claims new batches, one resource after the other, until {@code limit} batches are in hand or none is left. */
    private void claimNew(List<OutboxBatch> batches, Map<String, byte[]> encoded, int limit) {
        boolean progress = true;
        while (batches.size() < limit && progress) {
            progress = false;
            for (Publish publish : node.publish()) {
                if (batches.size() >= limit) {
                    return;
                }
                List<OutboxRecord> rows = outbox.unclaimed(publish.resourceCode(), publish.batchSize());
                if (rows.isEmpty()) {
                    continue;
                }
                OutboxBatch batch = fitting(publish.resourceCode(), rows, encoded);
                try {
                    outbox.claim(batch);
                    batches.add(batch);
                    progress = true;
                } catch (ConcurrentClaimException e) {
                    log.debug("outbox rows claimed concurrently; trying again next pass");
                }
            }
        }
    }

    /** A new batch of the first rows, halved until its envelope fits max-envelope-bytes; its JSON kept for sending. */
    private OutboxBatch fitting(String resourceCode, List<OutboxRecord> rows, Map<String, byte[]> encoded) {
        var claimedAt = outbox.now();
        List<OutboxRecord> candidate = rows;
        while (true) {
            OutboxBatch batch = new OutboxBatch(UUID.randomUUID().toString(), resourceCode, claimedAt, candidate);
            byte[] json = encode(batch);
            if (candidate.size() == 1 || json.length <= node.sender().maxEnvelopeBytes()) {
                encoded.put(batch.batchId(), json);
                return batch;
            }
            candidate = candidate.subList(0, candidate.size() / 2);
        }
    }

    private byte[] encode(OutboxBatch batch) {
        Publish publish = node.publishing(batch.resourceCode());
        List<ExchangeRecord> records = new ArrayList<>(batch.rows().size());
        for (OutboxRecord row : batch.rows()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data =
                    ExchangeJson.decode(row.getPayload().getBytes(StandardCharsets.UTF_8), Map.class);
            records.add(new ExchangeRecord(row.getRecordKey(), RecordOp.valueOf(row.getOp()), row.getVersion(), data));
        }
        Envelope envelope = new Envelope(
                batch.batchId(),
                batch.resourceCode(),
                publish == null ? 1 : publish.schemaVersion(),
                node.departmentCode(),
                batch.claimedAt().toInstant(ZoneOffset.UTC),
                records,
                null);
        return ExchangeJson.encode(key.sign(envelope));
    }

    private void noteFailure(Throwable cause) {
        failures.increment();
        String message = String.valueOf(cause);
        if (lastError == null) {
            log.warn("uplink batches are not acknowledged, they stay in the outbox and are retried: {}", message);
        }
        lastError = message;
    }

    /** Counting the outbox reads an index range as long as the outbox: at most once a second while draining. */
    private void refreshSize(boolean now) {
        long at = System.nanoTime();
        if (now || at - sizeCountedAt > 1_000_000_000L) {
            sizeCountedAt = at;
            outboxSize.set(outbox.unsentCount());
        }
    }

    public long outboxSize() {
        return outboxSize.get();
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    public String lastBatchId() {
        return lastBatchId;
    }

    /** Why the last send failed; null once sending works. */
    public String lastError() {
        return lastError;
    }

    private void loop() {
        Duration backoff = node.sender().retryBackoff();
        Instant nextPurge = clock.instant();
        while (running) {
            try {
                DrainResult result = drainOnce();
                if (result.failed()) {
                    waitFor(backoff, false);
                    backoff =
                            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                } else {
                    backoff = node.sender().retryBackoff();
                    if (result.batches() == 0) {
                        waitFor(node.sender().interval(), true);
                    }
                }
                if (clock.instant().isAfter(nextPurge)) {
                    nextPurge = clock.instant().plus(PURGE_EVERY);
                    outbox.purge(outbox.now().minus(node.sender().sentRetention()), 10_000);
                }
            } catch (RuntimeException e) {
                // The store database is down, most likely: nothing is lost, try again shortly.
                noteFailure(e);
                waitFor(backoff, false);
            }
        }
    }

    private void waitFor(Duration duration, boolean wakeable) {
        try {
            if (wakeable) {
                wakeups.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } else {
                stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        try {
            outbox.ensureResources(
                    node.publish().stream().map(Publish::resourceCode).toList());
        } catch (RuntimeException e) {
            log.warn("cannot prepare the outbox yet (store database down?): {}", e.toString());
        }
        refreshSizeQuietly();
        if (!node.scheduling() || node.publish().isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "gx-outbox-sender");
        thread.setDaemon(true);
        thread.start();
    }

    private void refreshSizeQuietly() {
        try {
            refreshSize(true);
        } catch (RuntimeException e) {
            log.debug("cannot count the outbox yet", e);
        }
    }

    /** Lets a pass in progress finish (its acknowledgements get marked), then ends the loop. */
    @Override
    public void stop() {
        running = false;
        stopped.countDown();
        wake();
        if (thread != null) {
            try {
                thread.join(node.sender().sendTimeout().plusSeconds(5).toMillis());
                if (thread.isAlive()) {
                    thread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after extraction (a higher phase stops first), so what was extracted last still goes out. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 10;
    }
}
