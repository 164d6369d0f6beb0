package org.govexchange.exchange.uplink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.exchange.batch.DownlinkBatchRow;
import org.govexchange.exchange.batch.UplinkBatchRow;
import org.govexchange.exchange.quarantine.QuarantineNotice;

/**
 * What one poll of uplink envelopes turns into: the messages of its Kafka transaction and the rows of its
 * database transaction, plus what the metrics count once both committed. Each envelope is first worked out on
 * a work of its own ({@link #forEnvelope}) and merged into the poll's only when it succeeded, so an envelope that
 * fails half-way leaves nothing behind but its dead letter.
 */
final class UplinkWork {

    final List<ProducerRecord<byte[], byte[]>> messages = new ArrayList<>();
    final List<UplinkBatchRow> uplinks = new ArrayList<>();
    final List<DownlinkBatchRow> downlinks = new ArrayList<>();
    final List<QuarantineNotice> quarantine = new ArrayList<>();
    /** resource → key → newest version (and batch) accepted in this poll. */
    final Map<String, Map<String, KeyVersionMapper.KeyVersion>> versions = new HashMap<>();

    final List<Runnable> metrics = new ArrayList<>();
    int duplicates;

    /** The poll's work this envelope's work is merged into: it holds what earlier envelopes accepted. */
    private final UplinkWork poll;

    UplinkWork() {
        this(null);
    }

    private UplinkWork(UplinkWork poll) {
        this.poll = poll;
    }

    /** A work for one envelope of this poll. */
    UplinkWork forEnvelope() {
        return new UplinkWork(this);
    }

    /** Versions accepted for {@code resourceCode} earlier in this poll, this envelope's included. */
    Map<String, KeyVersionMapper.KeyVersion> acceptedVersions(String resourceCode) {
        Map<String, KeyVersionMapper.KeyVersion> accepted = new HashMap<>();
        if (poll != null) {
            accepted.putAll(poll.acceptedVersions(resourceCode));
        }
        accepted.putAll(versions.getOrDefault(resourceCode, Map.of()));
        return accepted;
    }

    /** Adds an envelope's work that completed. */
    void merge(UplinkWork envelope) {
        messages.addAll(envelope.messages);
        uplinks.addAll(envelope.uplinks);
        downlinks.addAll(envelope.downlinks);
        quarantine.addAll(envelope.quarantine);
        envelope.versions.forEach((resource, byKey) ->
                versions.computeIfAbsent(resource, r -> new HashMap<>()).putAll(byKey));
        metrics.addAll(envelope.metrics);
        duplicates += envelope.duplicates;
    }
}
