package org.govexchange.node.source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.govexchange.node.NodeProperties.Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/** Mutable progress of one published resource's extraction: for status, metrics and logging failures once. */
final class SourceProgress {

    private static final Logger log = LoggerFactory.getLogger(ExtractionService.class);

    private final Publish publish;
    volatile Instant lastExtractionAt;
    volatile long lastExtracted;
    final AtomicLong extracted = new AtomicLong();
    final AtomicLong pushed = new AtomicLong();
    volatile String error;
    volatile Watermark watermark;
    volatile Instant lastRescanAt;
    volatile long rescanStartedMillis = Long.MIN_VALUE;
    final AtomicLong rescanCaught = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    private final Counter extractedCounter;
    private final Counter pushedCounter;
    private final Counter rescanCounter;
    private final Counter unchangedCounter;

    SourceProgress(Publish publish, MeterRegistry meters) {
        this.publish = publish;
        extractedCounter = Counter.builder("gx.node.records.extracted")
                .description("records extracted from source tables into the outbox")
                .tag("resource", publish.resourceCode())
                .register(meters);
        pushedCounter = Counter.builder("gx.node.records.pushed")
                .description("records received on the local push API")
                .tag("resource", publish.resourceCode())
                .register(meters);
        rescanCounter = Counter.builder("gx.node.records.rescanned")
                .description("records the re-scan behind the watermark found changed (late commits, updates that"
                        + " kept their timestamp) and sent")
                .tag("resource", publish.resourceCode())
                .register(meters);
        unchangedCounter = Counter.builder("gx.node.records.unchanged")
                .description("rows read again whose content had been sent already, so not sent twice")
                .tag("resource", publish.resourceCode())
                .register(meters);
    }

    /** Rows read from the source, of which {@code sent} went into the outbox (the others were unchanged). */
    void extracted(int read, int sent) {
        extracted.addAndGet(sent);
        extractedCounter.increment(sent);
        unchanged.addAndGet(read - sent);
        unchangedCounter.increment(read - sent);
    }

    void rescanned(int sent) {
        rescanCaught.addAndGet(sent);
        rescanCounter.increment(sent);
    }

    void pushed(int records) {
        pushed.addAndGet(records);
        pushedCounter.increment(records);
    }

    /** Runs one step, recording (and logging once) why it fails until it works again. */
    int guarded(String what, IntSupplier step) {
        try {
            int result = step.getAsInt();
            if (error != null) {
                log.info("{} of {} from {} works again", what, publish.resourceCode(), publish.table());
                error = null;
            }
            return result;
        } catch (RuntimeException e) {
            String message = e instanceof DataAccessException dae
                    ? dae.getMostSpecificCause().getMessage()
                    : e.getMessage();
            if (!String.valueOf(message).equals(error)) {
                log.warn(
                        "{} of {} from {} failed, retrying every poll: {}",
                        what,
                        publish.resourceCode(),
                        publish.table(),
                        message);
            }
            error = message;
            throw e;
        }
    }
}
