package org.govexchange.exchange.reconciliation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.reconciliation.BucketKeys;
import org.govexchange.contracts.reconciliation.KeyDigest;
import org.govexchange.contracts.reconciliation.RepairRequest;
import org.govexchange.contracts.reconciliation.ResourceDigest;
import org.govexchange.exchange.audit.AuditAppender;
import org.govexchange.exchange.backfill.BackfillService;
import org.govexchange.exchange.backfill.BackfillStarted;
import org.govexchange.exchange.backfill.Subscriber;
import org.govexchange.exchange.catalog.CatalogCache;
import org.govexchange.exchange.catalog.CatalogModel;
import org.govexchange.exchange.catalog.CatalogUnavailableException;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's side of reconciliation (对账): the digest of a resource's live keys and versions, the keys of the buckets
 * that differ, a repair for a subscriber (a backfill of named keys), and the audit event of the result. The
 * resource's provider (its system or admin) may compare its source; anyone else needs the subscriber's grant, the
 * same check as a backfill.
 */
@Service
public class ReconciliationService {

    public static final String TOO_MANY_BUCKETS = "TOO_MANY_BUCKETS";
    public static final String TOO_MANY_KEYS = "TOO_MANY_KEYS";

    /** Buckets per keys request: a bucket of a million-key resource holds ~4 000 keys. */
    static final int MAX_BUCKETS = 16;

    private final LiveKeyMapper liveKeys;
    private final CatalogCache catalog;
    private final BackfillService backfills;
    private final AuditAppender audit;

    ReconciliationService(
            LiveKeyMapper liveKeys, CatalogCache catalog, BackfillService backfills, AuditAppender audit) {
        this.liveKeys = liveKeys;
        this.catalog = catalog;
        this.backfills = backfills;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResourceDigest digest(CurrentCaller caller, String resourceCode) {
        Party subscriber = party(caller, resourceCode);
        KeyDigest digest = new KeyDigest();
        eachLiveKey(subscriber.resourceCode(), k -> digest.add(k.key(), k.version()));
        return new ResourceDigest(subscriber.resourceCode(), digest.keys(), digest.buckets());
    }

    @Transactional(readOnly = true)
    public BucketKeys keys(CurrentCaller caller, String resourceCode, BucketKeys.Request request) {
        Party subscriber = party(caller, resourceCode);
        List<Integer> buckets = request == null || request.buckets() == null ? List.of() : request.buckets();
        if (buckets.isEmpty() || buckets.size() > MAX_BUCKETS) {
            throw new ProblemException(
                    400, TOO_MANY_BUCKETS, "ask for 1 to " + MAX_BUCKETS + " buckets at a time, not " + buckets.size());
        }
        if (buckets.stream().anyMatch(b -> b == null || b < 0 || b >= KeyDigest.BUCKETS)) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED, "buckets are numbered 0 to " + (KeyDigest.BUCKETS - 1));
        }
        Set<Integer> wanted = new HashSet<>(buckets);
        List<BucketKeys.KeyVersion> keys = new ArrayList<>();
        eachLiveKey(subscriber.resourceCode(), k -> {
            if (wanted.contains(KeyDigest.bucket(k.key()))) {
                keys.add(k);
            }
        });
        return new BucketKeys(List.copyOf(new LinkedHashSet<>(buckets)), keys);
    }

    public BackfillStarted repair(CurrentCaller caller, String resourceCode, RepairRequest request) {
        List<String> keys = request == null || request.keys() == null ? List.of() : request.keys();
        if (keys.isEmpty() || keys.size() > RepairRequest.MAX_KEYS) {
            throw new ProblemException(
                    400, TOO_MANY_KEYS, "a repair names 1 to " + RepairRequest.MAX_KEYS + " keys, not " + keys.size());
        }
        if (keys.stream().anyMatch(k -> k == null || k.isBlank() || k.length() > 255)) {
            throw ProblemException.badRequest(ProblemCodes.VALIDATION_FAILED, "a key is 1 to 255 characters");
        }
        return backfills.repair(caller, resourceCode, new HashSet<>(keys));
    }

    /** Appends the RECONCILED audit event once per node run. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void reported(CurrentCaller caller, String resourceCode, ReconciliationReport report) {
        Party subscriber = party(caller, resourceCode);
        String operation = (subscriber.provider() ? "RECONCILE SOURCE" : "RECONCILE") + " compared=" + report.compared()
                + " missing=" + report.missing() + " extra="
                + report.extra() + " stale=" + report.stale() + " changed=" + report.changed()
                + (report.backfillId() == null ? "" : " repair=" + report.backfillId());
        audit.append(List.of(AuditEvent.builder(AuditKind.RECONCILED)
                .eventId(UUID.nameUUIDFromBytes(
                        ("reconciled|" + subscriber.departmentCode() + "|" + report.reconciliationId())
                                .getBytes(StandardCharsets.UTF_8)))
                .occurredAt(Instant.now())
                .actorDept(subscriber.departmentCode())
                .actorClient(caller.clientId())
                .providerDept(subscriber.providerCode())
                .targetResource(subscriber.resourceCode())
                .operation(operation)
                .result(report.differences() == 0 ? AuditResult.ALLOWED : AuditResult.FAILED)
                .denialCode(report.differences() == 0 ? null : "DRIFT_FOUND")
                .recordCount(report.differences())
                .requestId(report.reconciliationId())
                .build()));
    }

    /** Who reconciles: the resource's provider, or a subscriber. */
    private record Party(String departmentCode, String resourceCode, String providerCode, boolean provider) {}

    private Party party(CurrentCaller caller, String resourceCode) {
        String department =
                caller.hasRole("DEPT_SYSTEM") || caller.hasRole("DEPT_ADMIN") ? caller.departmentCode() : null;
        try {
            Topics.resource(resourceCode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(ProblemCodes.VALIDATION_FAILED, e.getMessage());
        }
        if (department != null) {
            CatalogModel.Resource resource;
            try {
                resource = catalog.resource(resourceCode, null).orElse(null);
            } catch (CatalogUnavailableException e) {
                throw new ProblemException(
                        503,
                        ProblemCodes.DOWNSTREAM_UNAVAILABLE,
                        "the catalog cannot confirm the resource; retry later");
            }
            if (resource != null && department.equals(resource.providerCode())) {
                return new Party(department, resourceCode, department, true);
            }
        }
        Subscriber subscriber = Subscriber.of(caller, resourceCode, catalog);
        return new Party(
                subscriber.departmentCode(),
                subscriber.resourceCode(),
                subscriber.resource().providerCode(),
                false);
    }

    private void eachLiveKey(String resourceCode, Consumer<BucketKeys.KeyVersion> action) {
        try (Cursor<BucketKeys.KeyVersion> cursor = liveKeys.live(resourceCode)) {
            cursor.forEach(action);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot close the key cursor", e);
        }
    }
}
