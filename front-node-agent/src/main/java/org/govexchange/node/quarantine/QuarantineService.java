package org.govexchange.node.quarantine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The node's quarantine: the records of this department the hub refused (from {@code gx.quarantine.<dept>}), open
 * until a later batch carrying the key is accepted. Counts them for {@code gx.node.quarantine.open}.
 */
@Service
public class QuarantineService {

    private static final Logger log = LoggerFactory.getLogger(QuarantineService.class);

    private final QuarantineStore store;
    private final Clock clock;
    private final AtomicLong open = new AtomicLong(-1);
    private final Counter received;
    private final MeterRegistry meters;

    QuarantineService(QuarantineStore store, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("gx.node.quarantine.open", this, QuarantineService::openGauge)
                .description("records the hub refused that no later accepted batch has corrected yet")
                .register(meters);
        this.received = Counter.builder("gx.node.quarantine.received")
                .description("quarantine entries received from the hub (a redelivered notice adds none)")
                .register(meters);
    }

    /** Stores a notice from the hub; a redelivered one adds nothing. */
    void received(QuarantineNotice notice) {
        int added = store.store(notice, clock.instant());
        if (added > 0) {
            received.increment(added);
            log.warn(
                    "the hub quarantined {} record(s) of batch {} ({}): see GET /node/quarantine",
                    added,
                    notice.batchId(),
                    notice.resourceCode());
        }
        refresh();
    }

    /** Entries resolved by the follow-up: counted per resolution. */
    void resolved(String resolution, int entries) {
        if (entries > 0) {
            meters.counter("gx.node.quarantine.resolved", "resolution", resolution)
                    .increment(entries);
            refresh();
        }
    }

    public QuarantinePage list(Boolean open, String resource, int page, int size) {
        return new QuarantinePage(
                store.page(open, resource, page, size), page, size, store.count(open, resource), openCount());
    }

    /** Open entries (for /node/status and the gauge). */
    /** Keys of the resource the hub refused, still open (listed at GET /node/quarantine). */
    public java.util.Set<String> openKeys(String resourceCode) {
        return store.openKeys(resourceCode);
    }

    public long openCount() {
        long count = store.open();
        open.set(count);
        return count;
    }

    void refresh() {
        try {
            openCount();
        } catch (RuntimeException e) {
            // The store is down: the gauge keeps its last value and the next change refreshes it.
        }
    }

    private double openGauge() {
        long value = open.get();
        if (value < 0) {
            refresh();
            value = open.get();
        }
        return value < 0 ? Double.NaN : value;
    }
}
