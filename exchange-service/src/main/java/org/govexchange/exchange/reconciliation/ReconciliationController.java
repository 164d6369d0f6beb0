package org.govexchange.exchange.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.govexchange.contracts.reconciliation.BucketKeys;
import org.govexchange.contracts.reconciliation.RepairRequest;
import org.govexchange.contracts.reconciliation.ResourceDigest;
import org.govexchange.exchange.backfill.BackfillStarted;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation (对账) of a subscriber's copy or a provider's source with the hub's current state, asked by the node. */
@Tag(
        name = "reconciliation",
        description = "对账 Digests of a resource's current keys and versions, the keys of differing buckets, targeted"
                + " repairs, and the audit of each reconciliation.")
@RestController
class ReconciliationController {

    private static final String BASE = "/api/exchange/subscriptions/{classification}/{sequence}";

    private final ReconciliationService reconciliation;

    ReconciliationController(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Operation(
            summary = "Get the digest of a subscribed resource",
            description =
                    "256 buckets (by the first byte of SHA-256 of the key) of the resource's live keys, each with a count and the XOR of 64-bit fingerprints of key and version. For the resource's provider (its source) or a department with an active SUBSCRIPTION grant (else 403 GRANT_MISSING).")
    @GetMapping(BASE + "/digest")
    ResourceDigest digest(
            CurrentCaller caller,
            @Parameter(description = "资源分类 The resource's classification code, e.g. 101001.") @PathVariable
                    String classification,
            @Parameter(description = "The resource's sequence within it, e.g. 000001.") @PathVariable String sequence) {
        return reconciliation.digest(caller, classification + "/" + sequence);
    }

    @Operation(
            summary = "List the keys of some buckets",
            description =
                    "The live keys and versions of up to 16 buckets (400 TOO_MANY_BUCKETS), for comparing key by key where the digests differ.")
    @PostMapping(BASE + "/digest/keys")
    BucketKeys keys(
            CurrentCaller caller,
            @Parameter(description = "资源分类 The resource's classification code, e.g. 101001.") @PathVariable
                    String classification,
            @Parameter(description = "The resource's sequence within it, e.g. 000001.") @PathVariable String sequence,
            @RequestBody BucketKeys.Request request) {
        return reconciliation.keys(caller, classification + "/" + sequence, request);
    }

    @Operation(
            summary = "Repair named keys",
            description =
                    "A backfill of the current records of up to 10 000 keys (400 TOO_MANY_KEYS), sent with the gx-backfill-repair header so the node overwrites a row at the same version. Keys the hub holds no record for are skipped. Answers 202 with the backfill id; follow it at /api/exchange/backfills/{id}.")
    @PostMapping(BASE + "/repair")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BackfillStarted repair(
            CurrentCaller caller,
            @Parameter(description = "资源分类 The resource's classification code, e.g. 101001.") @PathVariable
                    String classification,
            @Parameter(description = "The resource's sequence within it, e.g. 000001.") @PathVariable String sequence,
            @RequestBody RepairRequest request) {
        return reconciliation.repair(caller, classification + "/" + sequence, request);
    }

    @Operation(
            summary = "Report a reconciliation",
            description =
                    "Records the node's result as a RECONCILED audit event (once per reconciliationId; RECONCILE SOURCE when the provider reports): FAILED with DRIFT_FOUND when anything differed.")
    @PostMapping(BASE + "/reconciliations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reported(
            CurrentCaller caller,
            @Parameter(description = "资源分类 The resource's classification code, e.g. 101001.") @PathVariable
                    String classification,
            @Parameter(description = "The resource's sequence within it, e.g. 000001.") @PathVariable String sequence,
            @Valid @RequestBody ReconciliationReport report) {
        reconciliation.reported(caller, classification + "/" + sequence, report);
    }
}
