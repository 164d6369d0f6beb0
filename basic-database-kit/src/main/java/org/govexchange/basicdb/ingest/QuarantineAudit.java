package org.govexchange.basicdb.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the audit log about every skipped record (RECORD_QUARANTINED, FAILED, the rejection code). Sent
 * from a thread of its own with a bounded queue: a slow or absent broker must never hold up ingestion,
 * and the metric already counts the record if the event is lost.
 */
public class QuarantineAudit {

    private static final Logger log = LoggerFactory.getLogger(QuarantineAudit.class);

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final Counter dropped;
    private final ThreadPoolExecutor sender;

    /** @param threadName names the sending thread in thread dumps, e.g. {@code population-quarantine-audit} */
    public QuarantineAudit(
            KafkaTemplate<String, String> kafka, JsonMapper json, MeterRegistry registry, String threadName) {
        this.kafka = kafka;
        this.json = json;
        this.dropped = registry.counter("gx.audit.dropped", "kind", AuditKind.RECORD_QUARANTINED.name());
        this.sender = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(10_000),
                runnable -> {
                    var thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                },
                (runnable, executor) -> this.dropped.increment());
    }

    public void recordSkipped(RejectedRecordException rejection, String topic) {
        AuditEvent event = AuditEvent.builder(AuditKind.RECORD_QUARANTINED)
                .result(AuditResult.FAILED)
                .denialCode(rejection.code())
                .targetResource(rejection.resourceCode())
                .providerDept(rejection.sourceDept())
                .batchId(rejection.batchId())
                .operation("INGEST " + topic)
                .recordCount(1L)
                .fields(List.of())
                .build();
        sender.execute(() -> send(event));
    }

    private void send(AuditEvent event) {
        try {
            kafka.send(AuditEvent.TOPIC, event.eventId().toString(), json.writeValueAsString(event))
                    .whenComplete((result, failure) -> {
                        if (failure != null) {
                            dropped.increment();
                            log.warn("audit event {} not published: {}", event.eventId(), failure.toString());
                        }
                    });
        } catch (RuntimeException e) {
            dropped.increment();
            log.warn("audit event {} not published: {}", event.eventId(), e.toString());
        }
    }

    @PreDestroy
    void flush() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }
}
