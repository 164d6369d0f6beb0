package org.govexchange.node.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.reconciliation.RepairRequest;
import org.govexchange.node.NodeProperties.Subscribe;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.sink.DeliveredRows;
import org.govexchange.node.sink.TargetRows;
import org.springframework.stereotype.Component;

/**
 * Reconciles a subscribe target (the copy) with the hub: its live keys and versions against the hub's
 * ({@link HubDigests}), giving keys missing here, extra here, or at another version; and rows at the delivered version
 * whose content is not what the node wrote (changed by hand). A repair asks the hub for a targeted backfill of the
 * missing, stale and changed keys and removes the extra rows.
 */
@Component
class CopyReconciler {

    private final TargetRows targets;
    private final DeliveredRows delivered;
    private final HubDigests digests;
    private final HubClient hub;
    private final ReconciliationProperties properties;
    private final Clock clock;

    CopyReconciler(
            TargetRows targets,
            DeliveredRows delivered,
            HubDigests digests,
            HubClient hub,
            ReconciliationProperties properties,
            Clock clock) {
        this.targets = targets;
        this.delivered = delivered;
        this.digests = digests;
        this.hub = hub;
        this.properties = properties;
        this.clock = clock;
    }

    ReconciliationView reconcile(String id, Subscribe subscribe, String trigger, boolean repair, Instant startedAt) {
        String resourceCode = subscribe.resourceCode();
        Map<String, DeliveredRows.Delivered> written = delivered.all(resourceCode);
        Map<String, Long> table = new HashMap<>();
        List<String> changed = new ArrayList<>();
        targets.eachLive(subscribe, row -> {
            table.put(row.recordKey(), row.version());
            DeliveredRows.Delivered known = written.get(row.recordKey());
            if (known != null
                    && known.live()
                    && known.version() == row.version()
                    && !Arrays.equals(known.rowHash(), row.rowHash())) {
                changed.add(row.recordKey());
            }
        });
        HubDigests.Differences differences = digests.compare(resourceCode, table);
        String backfillId = null;
        if (repair) {
            targets.remove(subscribe, differences.extra());
            List<String> keys = new ArrayList<>(differences.missing());
            keys.addAll(differences.stale());
            keys.addAll(changed);
            backfillId = requestRepair(resourceCode, keys);
        }
        return ReconciliationView.done(
                id,
                resourceCode,
                ReconciliationView.COPY,
                trigger,
                table.size(),
                differences,
                changed,
                properties.keysListed(),
                backfillId,
                null,
                startedAt,
                clock.instant());
    }

    /** @return the (first) repair backfill's id, or null when nothing needed the hub */
    private String requestRepair(String resourceCode, List<String> keys) {
        String backfillId = null;
        for (int from = 0; from < keys.size(); from += RepairRequest.MAX_KEYS) {
            RepairRequest request =
                    new RepairRequest(keys.subList(from, Math.min(keys.size(), from + RepairRequest.MAX_KEYS)));
            RepairStarted started =
                    digests.json(hub.repair(resourceCode, ExchangeJson.encode(request)), RepairStarted.class, "repair");
            if (backfillId == null) {
                backfillId = started.backfillId();
            }
        }
        return backfillId;
    }

    /** The hub's answer to a repair (its backfill). */
    record RepairStarted(String backfillId, String resourceCode, long total) {}
}
