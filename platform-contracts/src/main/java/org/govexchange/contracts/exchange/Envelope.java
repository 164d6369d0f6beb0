package org.govexchange.contracts.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The unit that moves over {@code gx.uplink.<dept>} and {@code gx.downlink.<dept>}: up to N records of one
 * resource, signed by its sender (a department's node uplink, the hub downlink). Kafka key: batchId.
 */
public record Envelope(
        String batchId,
        String resourceCode,
        int schemaVersion,
        String sender,
        Instant createdAt,
        List<ExchangeRecord> records,
        EnvelopeSignature signature) {

    public Envelope {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(resourceCode, "resourceCode");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(createdAt, "createdAt");
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** The same envelope with its signature set (or replaced). */
    public Envelope withSignature(EnvelopeSignature value) {
        return new Envelope(batchId, resourceCode, schemaVersion, sender, createdAt, records, value);
    }
}
