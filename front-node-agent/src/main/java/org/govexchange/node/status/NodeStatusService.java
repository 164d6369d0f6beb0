package org.govexchange.node.status;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.backfill.BackfillProgress;
import org.govexchange.node.cdc.CdcMonitor;
import org.govexchange.node.keys.KeyRegistration;
import org.govexchange.node.keys.NodeSigningKey;
import org.govexchange.node.outbox.OutboxSender;
import org.govexchange.node.reconciliation.ReconciliationService;
import org.govexchange.node.sink.DownlinkConsumer;
import org.govexchange.node.sink.SinkService;
import org.govexchange.node.source.ExtractionService;
import org.springframework.stereotype.Service;

/** Gathers the node's state for {@code GET /node/status} and the heartbeat. */
@Service
public class NodeStatusService {

    private final NodeProperties node;
    private final NodeSigningKey key;
    private final KeyRegistration registration;
    private final OutboxSender sender;
    private final ExtractionService extraction;
    private final SinkService sink;
    private final DownlinkConsumer downlink;
    private final BackfillProgress backfill;
    private final CdcMonitor cdc;
    private final ReconciliationService reconciliation;
    private final Clock clock;

    public NodeStatusService(
            NodeProperties node,
            NodeSigningKey key,
            KeyRegistration registration,
            OutboxSender sender,
            ExtractionService extraction,
            SinkService sink,
            DownlinkConsumer downlink,
            BackfillProgress backfill,
            CdcMonitor cdc,
            ReconciliationService reconciliation,
            Clock clock) {
        this.node = node;
        this.key = key;
        this.registration = registration;
        this.sender = sender;
        this.extraction = extraction;
        this.sink = sink;
        this.downlink = downlink;
        this.backfill = backfill;
        this.cdc = cdc;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    public NodeStatus status() {
        long lag = downlink.lag();
        return new NodeStatus(
                node.nodeId(),
                node.departmentCode(),
                clock.instant(),
                key.keyId(),
                registration.state().name(),
                new NodeStatus.Outbox(
                        sender.outboxSize(), sender.lastSentAt(), sender.lastBatchId(), sender.lastError()),
                extraction.status(),
                sink.status(lag),
                backfill.views(),
                new NodeStatus.Downlink(lag, sink.lastAppliedAt(), downlink.lastFailure(), sink.lastRefusal()),
                cdc.status(),
                reconciliation.latest());
    }

    public Heartbeat heartbeat() {
        long lag = downlink.lag();
        Map<String, Long> lagBySubscription = new LinkedHashMap<>();
        node.subscribe().forEach(s -> lagBySubscription.put(s.resourceCode(), lag));
        return new Heartbeat(
                node.nodeId(),
                node.departmentCode(),
                clock.instant(),
                node.heartbeatInterval().toMillis(),
                sender.outboxSize(),
                lagBySubscription,
                latest(sender.lastSentAt(), sink.lastAppliedAt()));
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
