package org.govexchange.node.reconciliation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.reconciliation.BucketKeys;
import org.govexchange.contracts.reconciliation.KeyDigest;
import org.govexchange.contracts.reconciliation.ResourceDigest;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.hub.HubResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The comparison of live keys and versions held here with the hub's, bucket digests first ({@link KeyDigest}), keys
 * only for the buckets that differ; and the report of a run to the hub's audit log. Used for a subscribe target
 * (the copy) and a published table (the source) alike.
 */
@Component
class HubDigests {

    /** Keys the hub holds that are not live here, keys live here the hub does not hold, keys at other versions. */
    record Differences(List<String> missing, List<String> extra, List<String> stale) {}

    private static final Logger log = LoggerFactory.getLogger(HubDigests.class);
    private static final int BUCKETS_PER_CALL = 16;

    private final HubClient hub;

    HubDigests(HubClient hub) {
        this.hub = hub;
    }

    Differences compare(String resourceCode, Map<String, Long> live) {
        KeyDigest digest = new KeyDigest();
        live.forEach(digest::add);
        ResourceDigest theirs = json(hub.digest(resourceCode), ResourceDigest.class, "digest");
        List<Integer> differing = KeyDigest.differing(digest.buckets(), theirs.buckets());
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (int from = 0; from < differing.size(); from += BUCKETS_PER_CALL) {
            List<Integer> buckets = differing.subList(from, Math.min(differing.size(), from + BUCKETS_PER_CALL));
            BucketKeys keys = json(
                    hub.digestKeys(resourceCode, ExchangeJson.encode(new BucketKeys.Request(buckets))),
                    BucketKeys.class,
                    "digest keys");
            Set<String> seen = new HashSet<>();
            for (BucketKeys.KeyVersion key : keys.keys()) {
                seen.add(key.key());
                Long held = live.get(key.key());
                if (held == null) {
                    missing.add(key.key());
                } else if (held != key.version()) {
                    stale.add(key.key());
                }
            }
            Set<Integer> inBuckets = new HashSet<>(buckets);
            live.keySet().stream()
                    .filter(k -> !seen.contains(k) && inBuckets.contains(KeyDigest.bucket(k)))
                    .forEach(extra::add);
        }
        return new Differences(missing, extra, stale);
    }

    /** The run's result, for the hub's audit log; a failure to report does not fail the run. */
    void report(ReconciliationView result) {
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

    /** The body of an answer the hub gave with 2xx, as {@code type}; else the run fails with the hub's status. */
    <T> T json(HubResponse response, Class<T> type, String what) {
        if (!response.ok()) {
            String body = String.valueOf(response.body());
            throw new IllegalStateException("the hub refused the " + what + " (HTTP " + response.status() + "): "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
        }
        return ExchangeJson.decode(response.body().getBytes(StandardCharsets.UTF_8), type);
    }
}
