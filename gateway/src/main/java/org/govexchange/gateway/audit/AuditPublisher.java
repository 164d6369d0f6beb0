package org.govexchange.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes audit events without ever blocking or failing a request: {@link #publish} only puts the event in
 * an in-memory queue. A writer thread appends queued events to the durable {@link AuditSpool}; a sender
 * thread sends spooled events to {@code gx.audit} in order (key = eventId; idempotent producer, acks=all)
 * and advances the acknowledged offset only after Kafka's acknowledgement. While Kafka is unreachable the
 * spool grows; when it returns the backlog goes out in order, each event once (consumers still drop
 * duplicates by eventId, e.g. after a crash between an acknowledgement and its bookkeeping).
 */
@Component
public class AuditPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);
    private static final int BATCH = 500;

    private final KafkaConnection connection;
    private final AuditProperties properties;
    private final JsonMapper json;
    private final BlockingQueue<AuditEvent> queue;
    private final Semaphore spooled = new Semaphore(0);
    private final Counter dropped;
    private volatile AuditSpool spool;
    private volatile boolean running;
    private Thread writer;
    private Thread sender;
    private KafkaProducer<String, String> producer;

    /** Events Kafka acknowledged after one it did not: skipped when the spool resends from that one. */
    private final java.util.Set<String> deliveredAhead = new java.util.HashSet<>();

    public AuditPublisher(
            KafkaConnection connection, AuditProperties properties, JsonMapper json, MeterRegistry registry) {
        this.connection = connection;
        this.properties = properties;
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.dropped = Counter.builder("gx.gateway.audit.dropped")
                .description("Audit events lost because the in-memory queue was full")
                .register(registry);
        Gauge.builder("gx.gateway.audit.spool.events", this, p -> p.spool == null ? 0 : p.spool.pendingEvents())
                .description("Audit events spooled and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("gx.gateway.audit.spool.bytes", this, p -> p.spool == null ? 0 : p.spool.pendingBytes())
                .description("Bytes of the audit spool not yet acknowledged by Kafka")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder("gx.gateway.audit.queue", queue, BlockingQueue::size)
                .description("Audit events waiting to be spooled")
                .register(registry);
    }

    /** Never blocks: the event is queued for the spool (or, if the queue is full, counted as dropped). */
    public void publish(AuditEvent event) {
        if (!queue.offer(event)) {
            dropped.increment();
            log.error("audit queue full; event {} dropped", event.eventId());
        }
    }

    /** Events spooled and not yet acknowledged by Kafka. */
    public long pending() {
        AuditSpool current = spool;
        return (current == null ? 0 : current.pendingEvents()) + queue.size();
    }

    @Override
    public void start() {
        spool = new AuditSpool(properties.spoolDir(), properties.compactAt().toBytes());
        running = true;
        writer = new Thread(this::writeLoop, "gx-audit-spool");
        writer.setDaemon(true);
        writer.start();
        sender = new Thread(this::sendLoop, "gx-audit-send");
        sender.setDaemon(true);
        sender.start();
        spooled.release();
    }

    private void writeLoop() {
        List<AuditEvent> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                AuditEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                List<String> lines = new ArrayList<>(batch.size());
                for (AuditEvent event : batch) {
                    lines.add(json.writeValueAsString(event));
                }
                spool.append(lines);
                batch.clear();
                spooled.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                // The batch stays in hand and is written on the next round.
                log.error("cannot write the audit spool: {}", e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    private void sendLoop() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try {
                spooled.tryAcquire(1, TimeUnit.SECONDS);
                spooled.drainPermits();
                while (running && sendBatch()) {
                    backoff = Duration.ofMillis(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | IOException e) {
                log.warn("audit events stay spooled ({} pending): {}", spool.pendingEvents(), e.toString());
                closeProducer();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10)
                        : backoff.multipliedBy(2);
            }
        }
        closeProducer();
    }

    /**
     * Sends one batch in order; true when it was a full batch (more may wait). The acknowledged offset moves
     * over the leading run of delivered events; events delivered after a failed one are remembered (by
     * eventId) and not sent again when the batch is retried.
     */
    private boolean sendBatch() throws IOException {
        List<AuditSpool.Spooled> lines = spool.unacknowledged(BATCH);
        if (lines.isEmpty()) {
            return false;
        }
        KafkaProducer<String, String> kafka = producer();
        List<String> ids = new ArrayList<>(lines.size());
        List<Future<RecordMetadata>> sends = new ArrayList<>(lines.size());
        for (AuditSpool.Spooled line : lines) {
            String id = eventId(line.json());
            ids.add(id);
            sends.add(
                    deliveredAhead.contains(id)
                            ? null
                            : kafka.send(new ProducerRecord<>(properties.topic(), id, line.json())));
        }
        int leading = 0;
        boolean failed = false;
        Exception failure = null;
        for (int i = 0; i < lines.size(); i++) {
            Future<RecordMetadata> send = sends.get(i);
            boolean delivered = send == null;
            if (!delivered) {
                try {
                    // The producer completes every future within its delivery timeout; waiting less would give
                    // up on a record still in flight and send it again (a duplicate).
                    send.get(properties.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
                    delivered = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    failure = e;
                }
            }
            if (delivered && !failed) {
                leading++;
            } else if (delivered) {
                deliveredAhead.add(ids.get(i));
            } else {
                failed = true;
            }
        }
        if (leading > 0) {
            ids.subList(0, leading).forEach(deliveredAhead::remove);
            spool.acknowledge(lines.get(leading - 1).end(), leading);
        }
        if (failed) {
            throw new IllegalStateException("Kafka did not acknowledge audit events", failure);
        }
        return lines.size() == BATCH;
    }

    private String eventId(String line) {
        return json.readTree(line).path("eventId").asString(null);
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.putAll(connection.clientProperties());
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "gx-gateway-audit");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put("max.in.flight.requests.per.connection", "5");
            config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            long timeout = properties.sendTimeout().toMillis();
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.max(1000, timeout - 500)));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout));
            config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(properties.sendTimeout());
            } catch (RuntimeException e) {
                log.debug("closing the audit producer: {}", e.toString());
            }
            producer = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        spooled.release();
        join(writer);
        join(sender);
        try {
            spool.close();
        } catch (IOException e) {
            log.warn("closing the audit spool: {}", e.toString());
        }
    }

    private static void join(Thread thread) {
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
