package org.govexchange.node.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.quarantine.QuarantineService;
import org.govexchange.node.source.ContentHashes;
import org.govexchange.node.source.SourceRows;
import org.springframework.stereotype.Component;

/**
 * Reconciles a published table (the source) with what the node sent and what the hub holds. Rows whose record
 * differs from the one last sent for their key, or that were never sent, are changes capture missed; keys sent as
 * live that no row holds any more are deletions it missed. What was sent (key and version) is compared with the
 * hub's live keys ({@link HubDigests}): keys the hub lacks or holds at another version did not arrive, keys the hub
 * holds live that were not sent live should be gone. A repair sends all those keys again from the table as it is
 * now, with versions above what was sent.
 */
@Component
class SourceReconciler {

    private final SourceRows rows;
    private final QuarantineService quarantine;
    private final ContentHashes sent;
    private final HubDigests digests;
    private final ReconciliationProperties properties;
    private final Clock clock;

    SourceReconciler(
            SourceRows rows,
            QuarantineService quarantine,
            ContentHashes sent,
            HubDigests digests,
            ReconciliationProperties properties,
            Clock clock) {
        this.rows = rows;
        this.quarantine = quarantine;
        this.sent = sent;
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
    }

    ReconciliationView reconcile(String id, Publish publish, String trigger, boolean repair, Instant startedAt) {
        if (publish.pushOnly()) {
            throw new IllegalStateException(publish.resourceCode()
                    + " is pushed by the department's system, not read from a table: there is no source to compare");
        }
        String resourceCode = publish.resourceCode();
        Map<String, ContentHashes.Sent> known = sent.sent(resourceCode);
        Map<String, Long> sentLive = new HashMap<>();
        known.forEach((key, s) -> {
            if (!s.deleted()) {
                sentLive.put(key, s.version());
            }
        });
        List<String> unsent = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<String> inTable = new java.util.HashSet<>();
        long[] compared = new long[1];
        rows.each(publish, entry -> {
            if (entry.op() != RecordOp.UPSERT) {
                return;
            }
            compared[0]++;
            inTable.add(entry.key());
            ContentHashes.Sent last = known.get(entry.key());
            if (last == null || last.deleted()) {
                unsent.add(entry.key());
            } else if (!Arrays.equals(last.hash(), ContentHashes.hash(entry))) {
                changed.add(entry.key());
            }
        });
        List<String> gone =
                sentLive.keySet().stream().filter(k -> !inTable.contains(k)).toList();
        HubDigests.Differences sentVsHub = digests.compare(resourceCode, sentLive);
        // Keys the hub refused (open in the node's quarantine, GET /node/quarantine) would be refused again: they
        // are the department's to correct, not drift.
        Set<String> refused = quarantine.openKeys(resourceCode);
        HubDigests.Differences atHub = new HubDigests.Differences(
                sentVsHub.missing().stream().filter(k -> !refused.contains(k)).toList(),
                sentVsHub.extra().stream().filter(k -> !refused.contains(k)).toList(),
                sentVsHub.stale().stream().filter(k -> !refused.contains(k)).toList());
        // missing: the source holds it, the hub does not (never sent, or lost on the way); extra: the hub holds
        // it live, the source does not.
        Set<String> missing = new LinkedHashSet<>(unsent);
        atHub.extra().stream().filter(inTable::contains).forEach(missing::add);
        Set<String> extra = new LinkedHashSet<>(gone);
        atHub.missing().stream().filter(k -> !inTable.contains(k)).forEach(extra::add);
        // At the hub at another version than sent, or live there while the node's record of it is not.
        List<String> stale = new ArrayList<>(atHub.stale());
        atHub.missing().stream().filter(inTable::contains).forEach(stale::add);
        int resent = 0;
        if (repair) {
            Set<String> keys = new LinkedHashSet<>(missing);
            keys.addAll(extra);
            keys.addAll(stale);
            keys.addAll(changed);
            resent = rows.resend(publish, List.copyOf(keys));
        }
        return ReconciliationView.done(
                id,
                resourceCode,
                ReconciliationView.SOURCE,
                trigger,
                compared[0],
                new HubDigests.Differences(List.copyOf(missing), List.copyOf(extra), stale),
                changed,
                properties.keysListed(),
                null,
                repair ? (long) resent : null,
                startedAt,
                clock.instant());
    }
}
