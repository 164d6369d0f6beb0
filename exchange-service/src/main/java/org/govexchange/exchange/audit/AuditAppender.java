package org.govexchange.exchange.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the hash chain. The head row is locked for the whole transaction, so appenders in
 * any number of threads and instances take turns and the chain stays linear and gap-free; an event
 * whose eventId is already stored adds nothing, so redelivery never forks it.
 */
@Service
public class AuditAppender {

    // Keeps one INSERT statement well under max_allowed_packet.
    private static final int INSERT_CHUNK = 500;

    private final AuditEventMapper events;
    private final AuditChainHeadMapper heads;
    private final AuditMetrics metrics;

    public AuditAppender(AuditEventMapper events, AuditChainHeadMapper heads, AuditMetrics metrics) {
        this.events = events;
        this.heads = heads;
        this.metrics = metrics;
    }

    /**
     * Appends {@code batch} in one transaction, in the given order. A text longer than its column is
     * stored cut ({@link StoredAuditEvent#fitted}), never refused.
     *
     * @throws IllegalArgumentException if an event cannot be stored verifiably (callers check first
     *     with {@link #whyNotStorable}); nothing is appended then
     */
    // READ COMMITTED: the duplicate check after taking the lock must see what the previous holder committed.
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AppendResult append(List<AuditEvent> batch) {
        Map<UUID, AuditEvent> unique = new LinkedHashMap<>();
        for (AuditEvent raw : batch) {
            AuditEvent event = AuditChain.normalise(raw);
            String reason = StoredAuditEvent.whyNotStorable(event);
            if (reason != null) {
                throw new IllegalArgumentException("event " + event.eventId() + " cannot be stored: " + reason);
            }
            // Cut after the check: the hash in the marker is of the whole value as sent.
            unique.putIfAbsent(event.eventId(), StoredAuditEvent.fitted(event));
        }
        AuditChainHead head = heads.lockHead();
        if (unique.isEmpty()) {
            return new AppendResult(0, batch.size(), head.getSequence());
        }
        Set<String> stored = new HashSet<>();
        List<String> ids = unique.keySet().stream().map(UUID::toString).toList();
        for (int i = 0; i < ids.size(); i += INSERT_CHUNK) {
            stored.addAll(events.existingEventIds(ids.subList(i, Math.min(ids.size(), i + INSERT_CHUNK))));
        }
        long sequence = head.getSequence();
        String prevHash = head.getHash();
        List<StoredAuditEvent> rows = new ArrayList<>(unique.size());
        for (AuditEvent event : unique.values()) {
            if (stored.contains(event.eventId().toString())) {
                continue;
            }
            sequence++;
            String hash = AuditChain.hash(sequence, event, prevHash);
            rows.add(StoredAuditEvent.of(sequence, event, prevHash, hash));
            prevHash = hash;
        }
        for (int i = 0; i < rows.size(); i += INSERT_CHUNK) {
            events.insertRows(rows.subList(i, Math.min(rows.size(), i + INSERT_CHUNK)));
        }
        if (!rows.isEmpty()) {
            heads.moveHead(sequence, prevHash);
        }
        AppendResult result = new AppendResult(rows.size(), batch.size() - rows.size(), sequence);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                metrics.appended(result.appended(), result.duplicates(), result.headSequence());
            }
        });
        return result;
    }

    /** Why {@code event} would be refused by {@link #append}, or null. */
    public static String whyNotStorable(AuditEvent event) {
        return StoredAuditEvent.whyNotStorable(AuditChain.normalise(event));
    }
}
