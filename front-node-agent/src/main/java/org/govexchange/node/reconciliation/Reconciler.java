package org.govexchange.node.reconciliation;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.reconciliation.BucketKeys;
import org.govexchange.contracts.reconciliation.KeyDigest;
import org.govexchange.contracts.reconciliation.RepairRequest;
import org.govexchange.contracts.reconciliation.ResourceDigest;
import org.govexchange.node.NodeProperties.Subscribe;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.hub.HubResponse;
import org.govexchange.node.sink.DeliveredRows;
import org.govexchange.node.sink.TargetRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One reconciliation (对账) of a subscribe target with the hub. The table's live keys and versions are digested the
 * way the hub digests its own ({@link KeyDigest}); only buckets that differ have their keys fetched and compared,
 * giving keys missing here, extra here, or at another version. Rows at the delivered version whose content is not
 * what the node wrote were changed by hand. A repair asks the hub for a targeted backfill of the missing, stale and
 * changed keys and removes the extra rows.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final TargetRows targets;
    private final DeliveredRows delivered;
    private final HubClient hub;
    private final ReconciliationRuns runs;
    private final ReconciliationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Map<String, AtomicLong>> found = new ConcurrentHashMap<>();

    Reconciler(
            TargetRows targets,
            DeliveredRows delivered,
            HubClient hub,
            ReconciliationRuns runs,
            ReconciliationProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.targets = targets;
        this.delivered = delivered;
        this.hub = hub;
        this.runs = runs;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** Runs one reconciliation (already recorded as RUNNING under {@code id}) to its end; never throws. */
    ReconciliationView run(String id, Subscribe subscribe, String trigger, boolean repair, Instant startedAt) {
        String resourceCode = subscribe.resourceCode();
        ReconciliationView result;
        try {
            result = reconcile(id, subscribe, trigger, repair, startedAt);
        } catch (RuntimeException e) {
            log.warn("reconciliation {} of {} failed: {}", id, resourceCode, e.toString());
            result = new ReconciliationView(
                    id,
                    resourceCode,
                    trigger,
                    "FAILED",
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    null,
                    e.getMessage(),
                    startedAt,
                    clock.instant());
        }
        runs.finished(result);
        meters.counter("gx.node.reconciliation.runs", "resource", resourceCode, "state", result.state())
                .increment();
        if (result.state().equals("DONE")) {
            gauge(resourceCode, "missing").set(result.missing());
            gauge(resourceCode, "extra").set(result.extra());
            gauge(resourceCode, "stale").set(result.stale());
            gauge(resourceCode, "changed").set(result.changed());
        }
        return result;
    }

    private ReconciliationView reconcile(
            String id, Subscribe subscribe, String trigger, boolean repair, Instant startedAt) {
        String resourceCode = subscribe.resourceCode();
        Map<String, DeliveredRows.Delivered> written = delivered.all(resourceCode);
        Map<String, Long> table = new HashMap<>();
        List<String> changed = new ArrayList<>();
        KeyDigest digest = new KeyDigest();
        targets.eachLive(subscribe, row -> {
            table.put(row.recordKey(), row.version());
            digest.add(row.recordKey(), row.version());
            DeliveredRows.Delivered known = written.get(row.recordKey());
            if (known != null
                    && known.live()
                    && known.version() == row.version()
                    && !Arrays.equals(known.rowHash(), row.rowHash())) {
                changed.add(row.recordKey());
            }
        });
        ResourceDigest theirs = hubJson(hub.digest(resourceCode), ResourceDigest.class, "digest");
        List<Integer> differing = KeyDigest.differing(digest.buckets(), theirs.buckets());
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (int from = 0; from < differing.size(); from += 16) {
            List<Integer> buckets = differing.subList(from, Math.min(differing.size(), from + 16));
            BucketKeys keys = hubJson(
                    hub.digestKeys(resourceCode, ExchangeJson.encode(new BucketKeys.Request(buckets))),
                    BucketKeys.class,
                    "digest keys");
            Set<String> seen = new HashSet<>();
            for (BucketKeys.KeyVersion key : keys.keys()) {
                seen.add(key.key());
                Long held = table.get(key.key());
                if (held == null) {
                    missing.add(key.key());
                } else if (held != key.version()) {
                    stale.add(key.key());
                }
            }
            Set<Integer> inBuckets = new HashSet<>(buckets);
            table.keySet().stream()
                    .filter(k -> !seen.contains(k) && inBuckets.contains(KeyDigest.bucket(k)))
                    .forEach(extra::add);
        }
        String backfillId = null;
        if (repair) {
            backfillId = repair(subscribe, missing, stale, changed, extra);
        }
        ReconciliationView result = new ReconciliationView(
                id,
                resourceCode,
                trigger,
                "DONE",
                table.size(),
                missing.size(),
                extra.size(),
                stale.size(),
                changed.size(),
                new ReconciliationView.Keys(cap(missing), cap(extra), cap(stale), cap(changed)),
                backfillId,
                null,
                startedAt,
                clock.instant());
        report(result);
        log.info(
                "reconciliation {} of {}: {} keys compared, {} missing, {} extra, {} stale, {} changed{}",
                id,
                resourceCode,
                table.size(),
                missing.size(),
                extra.size(),
                stale.size(),
                changed.size(),
                backfillId == null ? "" : "; repair backfill " + backfillId);
        return result;
    }

    /** @return the (first) repair backfill's id, or null when nothing needed the hub */
    private String repair(
            Subscribe subscribe, List<String> missing, List<String> stale, List<String> changed, List<String> extra) {
        targets.remove(subscribe, extra);
        List<String> keys = new ArrayList<>(missing);
        keys.addAll(stale);
        keys.addAll(changed);
        String backfillId = null;
        for (int from = 0; from < keys.size(); from += RepairRequest.MAX_KEYS) {
            RepairRequest request =
                    new RepairRequest(keys.subList(from, Math.min(keys.size(), from + RepairRequest.MAX_KEYS)));
            var started = hubJson(
                    hub.repair(subscribe.resourceCode(), ExchangeJson.encode(request)), RepairStarted.class, "repair");
            if (backfillId == null) {
                backfillId = started.backfillId();
            }
        }
        return backfillId;
    }

    /** The hub's answer to a repair (its backfill). */
    record RepairStarted(String backfillId, String resourceCode, long total) {}

    /** The result, for the hub's audit log; a failure to report does not fail the run. */
    private void report(ReconciliationView result) {
        Map<String, Object> report = new HashMap<>();
        report.put("reconciliationId", result.reconciliationId());
        report.put("compared", result.compared());
        report.put("missing", result.missing());
        report.put("extra", result.extra());
        report.put("stale", result.stale());
        report.put("changed", result.changed());
        report.put("backfillId", result.backfillId());
        try {
            HubResponse response = hub.reportReconciliation(result.resourceCode(), ExchangeJson.encode(report));
            if (!response.ok()) {
                log.warn(
                        "the hub did not record reconciliation {} (HTTP {})",
                        result.reconciliationId(),
                        response.status());
            }
        } catch (RuntimeException e) {
            log.warn("the hub did not record reconciliation {}: {}", result.reconciliationId(), e.toString());
        }
    }

    private <T> T hubJson(HubResponse response, Class<T> type, String what) {
        if (!response.ok()) {
            throw new IllegalStateException("the hub refused the " + what + " (HTTP " + response.status() + "): "
                    + abbreviate(response.body()));
        }
        return ExchangeJson.decode(response.body().getBytes(StandardCharsets.UTF_8), type);
    }

    private List<String> cap(List<String> keys) {
        return keys.size() <= properties.keysListed()
                ? List.copyOf(keys)
                : List.copyOf(keys.subList(0, properties.keysListed()));
    }

    private AtomicLong gauge(String resourceCode, String kind) {
        return found.computeIfAbsent(resourceCode, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> {
                    AtomicLong value = new AtomicLong();
                    meters.gauge(
                            "gx.node.reconciliation.differences",
                            io.micrometer.core.instrument.Tags.of("resource", resourceCode, "kind", kind),
                            value);
                    return value;
                });
    }

    private static String abbreviate(String text) {
        String value = String.valueOf(text);
        return value.length() > 300 ? value.substring(0, 300) + "..." : value;
    }
}
