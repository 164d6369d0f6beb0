package org.govexchange.exchange.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What operators watch: events appended, duplicates dropped, invalid messages, the chain's length. */
@Component
class AuditMetrics {

    private final Counter appended;
    private final Counter duplicates;
    private final Counter invalid;
    private final AtomicLong headSequence = new AtomicLong();
    private final AuditChainHeadMapper heads;

    AuditMetrics(MeterRegistry registry, AuditChainHeadMapper heads) {
        this.heads = heads;
        this.appended = Counter.builder("gx.audit.events.appended")
                .description("Audit events appended to the hash chain")
                .register(registry);
        this.duplicates = Counter.builder("gx.audit.events.duplicate")
                .description("Redelivered audit events dropped because their eventId is stored")
                .register(registry);
        this.invalid = Counter.builder("gx.audit.messages.invalid")
                .description("Messages on gx.audit that are not a storable AuditEvent, forwarded to gx.audit.invalid")
                .register(registry);
        Gauge.builder("gx.audit.chain.head.sequence", headSequence, AtomicLong::get)
                .description("Sequence number of the newest event in the audit chain")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void readHead() {
        AuditChainHead head = heads.head();
        if (head != null) {
            headSequence.accumulateAndGet(head.getSequence(), Math::max);
        }
    }

    void appended(int count, int duplicateCount, long newHead) {
        appended.increment(count);
        duplicates.increment(duplicateCount);
        headSequence.accumulateAndGet(newHead, Math::max);
    }

    void invalid() {
        invalid.increment();
    }
}
