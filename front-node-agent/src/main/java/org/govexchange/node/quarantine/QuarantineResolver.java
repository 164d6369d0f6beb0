package org.govexchange.node.quarantine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.hub.HubResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clears a quarantine entry once the corrected record got through. The node knows what it sent (the outbox): it
 * looks for a later batch carrying the quarantined key at the same or a newer version, then asks the hub for that
 * batch's verdict ({@code GET /api/exchange/batches/{id}}). ACCEPTED (nothing refused): the entry is resolved.
 * PARTIALLY_REJECTED: resolved once that batch's own notice has arrived without the key (had the hub refused the
 * key again, the new entry superseded the old one on arrival). REJECTED as a whole: the entry waits for another try.
 * Not decided yet (404): asked again next pass. Outbox rows are searched once each, in id order.
 */
@Component
public class QuarantineResolver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QuarantineResolver.class);

    /** What one pass did. */
    public record Pass(int matched, int resolved) {}

    private final NodeProperties node;
    private final QuarantineProperties properties;
    private final QuarantineStore store;
    private final QuarantineService quarantine;
    private final HubClient hub;
    private final JsonMapper json;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private volatile String lastProblem;

    QuarantineResolver(
            NodeProperties node,
            QuarantineProperties properties,
            QuarantineStore store,
            QuarantineService quarantine,
            HubClient hub,
            JsonMapper json,
            Clock clock) {
        this.node = node;
        this.properties = properties;
        this.store = store;
        this.quarantine = quarantine;
        this.hub = hub;
        this.json = json;
        this.clock = clock;
    }

    /** One pass: match open entries with later batches, then ask the hub about those batches. */
    public synchronized Pass resolveOnce() {
        int matched = match();
        int resolved = 0;
        for (String batchId : store.retryBatches(properties.resolveBatchLimit())) {
            resolved += decide(batchId);
        }
        quarantine.resolved(QuarantineStore.ACCEPTED, resolved);
        return new Pass(matched, resolved);
    }

    private int match() {
        Map<String, List<QuarantineStore.Open>> byResource = new LinkedHashMap<>();
        for (QuarantineStore.Open open : store.unmatched(properties.resolveBatchLimit())) {
            byResource
                    .computeIfAbsent(open.resourceCode(), r -> new ArrayList<>())
                    .add(open);
        }
        int matched = 0;
        for (Map.Entry<String, List<QuarantineStore.Open>> resource : byResource.entrySet()) {
            List<QuarantineStore.Open> entries = resource.getValue();
            long to = store.sentUpTo(resource.getKey());
            long from = entries.stream()
                    .mapToLong(QuarantineStore.Open::scannedTo)
                    .min()
                    .orElse(to);
            if (to <= from) {
                continue;
            }
            List<QuarantineStore.Hit> hits = store.hits(
                    resource.getKey(),
                    from,
                    to,
                    entries.stream().map(QuarantineStore.Open::recordKey).toList());
            List<Long> searched = new ArrayList<>();
            for (QuarantineStore.Open entry : entries) {
                for (QuarantineStore.Hit hit : hits) {
                    if (hit.id() > entry.scannedTo()
                            && hit.recordKey().equals(entry.recordKey())
                            && (entry.version() == null || hit.version() >= entry.version())) {
                        String batch = store.batchOf(resource.getKey(), hit.id());
                        if (batch != null && !batch.equals(entry.batchId())) {
                            store.matched(entry.id(), batch);
                            matched++;
                            break;
                        }
                    }
                }
                searched.add(entry.id());
            }
            store.scanned(searched, to);
        }
        return matched;
    }

    private int decide(String batchId) {
        HubResponse response;
        try {
            response = hub.batch(batchId);
        } catch (RuntimeException e) {
            problem("cannot ask the hub about batch " + batchId + ": " + e.getMessage());
            return 0;
        }
        if (response.status() == 404) {
            return 0; // not processed by the hub yet
        }
        if (!response.ok()) {
            problem("the hub answered " + response.status() + " for batch " + batchId + ": " + response.body());
            return 0;
        }
        JsonNode uplink = json.readTree(response.body()).path("uplink");
        String state = uplink.path("state").asString("");
        lastProblem = null;
        switch (state) {
            case "ACCEPTED" -> {
                return store.accepted(batchId, clock.instant());
            }
            case "PARTIALLY_REJECTED" -> {
                // The refused keys arrive in the batch's own notice; until it is here, nothing can be told.
                return store.noticeStored(batchId) ? store.accepted(batchId, clock.instant()) : 0;
            }
            case "REJECTED" -> {
                store.retryRefused(batchId);
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    private void problem(String problem) {
        if (!problem.equals(lastProblem)) {
            log.warn("quarantine follow-up: {}", problem);
        }
        lastProblem = problem;
    }

    private void resolveQuietly() {
        try {
            resolveOnce();
        } catch (RuntimeException e) {
            problem("pass failed: " + e);
        }
    }

    @Override
    public void start() {
        if (!node.scheduling() || node.publish().isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gx-quarantine-resolver");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.resolveInterval().toMillis();
        executor.scheduleWithFixedDelay(this::resolveQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
