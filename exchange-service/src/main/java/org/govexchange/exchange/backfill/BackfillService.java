package org.govexchange.exchange.backfill;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.contracts.exchange.BackfillHeaders;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.exchange.batch.BatchStore;
import org.govexchange.exchange.batch.DownlinkBatchRow;
import org.govexchange.exchange.catalog.CatalogCache;
import org.govexchange.exchange.catalog.CatalogModel;
import org.govexchange.exchange.catalog.SubscriptionGranted;
import org.govexchange.exchange.fanout.FanOut;
import org.govexchange.exchange.security.ExchangeAccess;
import org.govexchange.starter.security.CurrentCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Replays {@code gx.resource.<code>} into a subscriber's downlink: reads the topic from the beginning up to the
 * end offsets at the start (keeping the latest record of every key), then sends it projected and masked per the
 * grant in envelopes with new batch ids and the {@link BackfillHeaders}. Started by the subscriber
 * ({@code POST /api/exchange/subscriptions/{code}/backfill}) or by a GRANT_CREATED event of a SUBSCRIPTION grant.
 */
@Service
public class BackfillService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackfillService.class);

    private final CatalogCache catalog;
    private final FanOut fanOut;
    private final BatchStore batches;
    private final BackfillRunMapper runs;
    private final BackfillProperties properties;
    private final KafkaProperties kafka;
    private final MeterRegistry meters;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "gx-hub-backfill");
        thread.setDaemon(true);
        return thread;
    });
    private volatile KafkaProducer<byte[], byte[]> producer;

    BackfillService(
            CatalogCache catalog,
            FanOut fanOut,
            BatchStore batches,
            BackfillRunMapper runs,
            BackfillProperties properties,
            KafkaProperties kafka,
            MeterRegistry meters) {
        this.catalog = catalog;
        this.fanOut = fanOut;
        this.batches = batches;
        this.runs = runs;
        this.properties = properties;
        this.kafka = kafka;
        this.meters = meters;
    }

    /** A subscriber asks for a replay: its {@code dept} must hold an active SUBSCRIPTION grant. */
    public BackfillStarted request(CurrentCaller caller, String resourceCode) {
        return start(Subscriber.of(caller, resourceCode, catalog), null);
    }

    /**
     * A reconciliation's repair: the current records of {@code keys} only, sent with {@link BackfillHeaders#REPAIR}
     * so the subscriber also overwrites rows at the same version. Keys the hub holds no record for are skipped.
     */
    public BackfillStarted repair(CurrentCaller caller, String resourceCode, Set<String> keys) {
        return start(Subscriber.of(caller, resourceCode, catalog), keys);
    }

    private BackfillStarted start(Subscriber subscriber, Set<String> onlyKeys) {
        String backfillId = UUID.randomUUID().toString();
        ResourceSnapshot snapshot;
        try {
            snapshot = read(subscriber.resourceCode(), onlyKeys == null ? key -> true : onlyKeys::contains);
        } catch (RuntimeException e) {
            log.warn(
                    "backfill of {} for {}: cannot read the resource topic: {}",
                    subscriber.resourceCode(),
                    subscriber.departmentCode(),
                    e.toString());
            throw new ProblemException(
                    503, ProblemCodes.DOWNSTREAM_UNAVAILABLE, "the resource topic cannot be read now; retry later");
        }
        insert(
                backfillId,
                subscriber.departmentCode(),
                subscriber.resourceCode(),
                subscriber.grant().grantId(),
                (onlyKeys == null ? "api:" : "repair:") + backfillId,
                snapshot.size());
        ResourceSnapshot chosen = snapshot;
        executor.execute(() -> send(backfillId, subscriber.resource(), subscriber.grant(), chosen, onlyKeys != null));
        return new BackfillStarted(backfillId, subscriber.resourceCode(), snapshot.size());
    }

    /** A new SUBSCRIPTION grant: the subscriber starts with the current state of the resource. */
    @EventListener
    public void onSubscriptionGranted(SubscriptionGranted event) {
        if (!properties.onGrantCreated()) {
            return;
        }
        GrantPolicy grant = event.grant();
        executor.execute(() -> {
            try {
                CatalogModel.Resource resource =
                        catalog.resource(grant.resourceCode(), null).orElse(null);
                if (resource == null || resource.notShared()) {
                    log.warn(
                            "no backfill for grant {}: resource {} unknown or not shared",
                            grant.grantId(),
                            grant.resourceCode());
                    return;
                }
                String backfillId = UUID.randomUUID().toString();
                ResourceSnapshot snapshot = read(grant.resourceCode(), key -> true);
                try {
                    insert(
                            backfillId,
                            grant.consumerCode(),
                            grant.resourceCode(),
                            grant.grantId(),
                            "grant-event:" + event.eventId(),
                            snapshot.size());
                } catch (DuplicateKeyException seen) {
                    log.info("grant event {} already started a backfill", event.eventId());
                    return;
                }
                send(backfillId, resource, grant, snapshot, false);
            } catch (RuntimeException e) {
                log.error("backfill for grant {} failed to start", grant.grantId(), e);
            }
        });
    }

    public BackfillView view(CurrentCaller caller, String backfillId) {
        BackfillRun run = runs.selectById(backfillId);
        if (run == null) {
            throw ProblemException.notFound(ProblemCodes.NOT_FOUND, "no backfill " + backfillId);
        }
        if (!ExchangeAccess.mayRead(caller, run.getDepartmentCode())) {
            throw ExchangeAccess.forbidden("the backfill belongs to another department");
        }
        Instant started = run.getStartedAt().toInstant(ZoneOffset.UTC);
        Instant finished =
                run.getFinishedAt() == null ? null : run.getFinishedAt().toInstant(ZoneOffset.UTC);
        double seconds = Math.max(
                0.001,
                Duration.between(started, finished == null ? Instant.now() : finished)
                                .toMillis()
                        / 1000.0);
        return new BackfillView(
                run.getBackfillId(),
                run.getDepartmentCode(),
                run.getResourceCode(),
                run.getGrantId(),
                run.getState(),
                run.getTotal(),
                run.getDone(),
                Math.round(run.getDone() / seconds * 10) / 10.0,
                started,
                finished,
                run.getError());
    }

    private void insert(
            String backfillId, String consumer, String resourceCode, String grantId, String trigger, long total) {
        var run = new BackfillRun();
        run.setBackfillId(backfillId);
        run.setDepartmentCode(consumer);
        run.setResourceCode(resourceCode);
        run.setGrantId(grantId);
        run.setTriggerRef(trigger.length() > 100 ? trigger.substring(0, 100) : trigger);
        run.setState("RUNNING");
        run.setTotal(total);
        run.setDone(0L);
        run.setStartedAt(LocalDateTime.now(ZoneOffset.UTC));
        runs.insert(run);
    }

    private void send(
            String backfillId,
            CatalogModel.Resource resource,
            GrantPolicy grant,
            ResourceSnapshot snapshot,
            boolean repair) {
        long total = snapshot.size();
        long[] done = {0};
        int[] envelopes = {0};
        long startedNanos = System.nanoTime();
        String topic = Topics.downlink(grant.consumerCode());
        String resourceCode = grant.resourceCode();
        try {
            snapshot.replay(consumerConfig(), properties.batchSize(), properties.readTimeout(), chunk -> {
                String batchId = UUID.randomUUID().toString();
                Envelope envelope = fanOut.sign(
                        batchId, resourceCode, snapshot.schemaVersion(), fanOut.project(resource, grant, chunk));
                done[0] += chunk.size();
                var message = new ProducerRecord<>(
                        topic, batchId.getBytes(StandardCharsets.UTF_8), ExchangeJson.encode(envelope));
                message.headers().add(new RecordHeader(BackfillHeaders.TOTAL, ascii(total)));
                message.headers().add(new RecordHeader(BackfillHeaders.DONE, ascii(done[0])));
                message.headers()
                        .add(new RecordHeader(BackfillHeaders.ID, backfillId.getBytes(StandardCharsets.US_ASCII)));
                if (repair) {
                    message.headers().add(new RecordHeader(BackfillHeaders.REPAIR, ascii(1)));
                }
                try {
                    producer().send(message).get(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while sending backfill " + backfillId, e);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("the broker did not take backfill " + backfillId, e);
                }
                batches.recordDownlinks(List.of(DownlinkBatchRow.sent(
                        batchId,
                        grant.consumerCode(),
                        resourceCode,
                        grant.grantId(),
                        null,
                        null,
                        backfillId,
                        chunk.size(),
                        Instant.now())));
                progress(backfillId, done[0], null, null);
                meters.counter("gx.exchange.records.out", "consumer", grant.consumerCode())
                        .increment(chunk.size());
                if (envelopes[0]++ % 20 == 0 || done[0] == total) {
                    double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
                    log.info(
                            "backfill {} of {} to {}: {}/{} records, {} records/s",
                            backfillId,
                            resourceCode,
                            grant.consumerCode(),
                            done[0],
                            total,
                            Math.round(done[0] / seconds));
                }
            });
            progress(backfillId, done[0], "DONE", null);
            log.info(
                    "backfill {} of {} to {} done: {} records",
                    backfillId,
                    resourceCode,
                    grant.consumerCode(),
                    done[0]);
        } catch (RuntimeException e) {
            log.error("backfill {} failed after {} of {} records", backfillId, done[0], total, e);
            progress(backfillId, done[0], "FAILED", String.valueOf(e.getMessage()));
        }
    }

    private void progress(String backfillId, long done, String state, String error) {
        var run = new BackfillRun();
        run.setBackfillId(backfillId);
        run.setDone(done);
        if (state != null) {
            run.setState(state);
            run.setFinishedAt(LocalDateTime.now(ZoneOffset.UTC));
        }
        if (error != null) {
            run.setError(error.length() > 500 ? error.substring(0, 500) : error);
        }
        runs.updateById(run);
    }

    /** Where the newest record of every wanted key of the resource topic sits, up to its end at this moment. */
    ResourceSnapshot read(String resourceCode, Predicate<String> wanted) {
        return ResourceSnapshot.plan(consumerConfig(), Topics.resource(resourceCode), wanted, properties.readTimeout());
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return config;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
                    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    producer = new KafkaProducer<>(config);
                }
                current = producer;
            }
        }
        return current;
    }

    private static byte[] ascii(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        KafkaProducer<byte[], byte[]> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
