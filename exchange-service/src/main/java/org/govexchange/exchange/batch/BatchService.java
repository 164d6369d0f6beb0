package org.govexchange.exchange.batch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Receipt;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.exchange.audit.AuditAppender;
import org.govexchange.exchange.security.ExchangeAccess;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Receipts and the batch view. */
@Service
public class BatchService {

    private static final int MAX_FAILURES_JSON = 60_000;

    private final BatchMapper mapper;
    private final AuditAppender audit;

    BatchService(BatchMapper mapper, AuditAppender audit) {
        this.mapper = mapper;
        this.audit = audit;
    }

    /**
     * Marks the delivery DELIVERED (or DELIVERED_WITH_FAILURES). The first receipt per (batchId, department)
     * counts; later ones, and receipts for batches this hub did not send, change nothing.
     *
     * @return whether the receipt was the first for a known delivery
     */
    // READ COMMITTED, as the audit appender it calls needs.
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean receipt(Receipt receipt) {
        String state = receipt.failed().isEmpty() ? "DELIVERED" : "DELIVERED_WITH_FAILURES";
        String failures = null;
        if (!receipt.failed().isEmpty()) {
            failures = new String(ExchangeJson.encode(receipt.failed()), StandardCharsets.UTF_8);
            if (failures.length() > MAX_FAILURES_JSON) {
                failures = failures.substring(0, MAX_FAILURES_JSON);
            }
        }
        boolean first = mapper.receipt(
                        receipt.batchId(),
                        receipt.departmentCode(),
                        state,
                        LocalDateTime.ofInstant(receipt.at(), ZoneOffset.UTC),
                        receipt.nodeId(),
                        receipt.applied(),
                        receipt.ignored(),
                        receipt.failed().size(),
                        failures)
                == 1;
        if (first) {
            // The audit log says who received what: appended in this transaction, so with the receipt or not at all.
            DownlinkBatchRow delivery = mapper.downlink(receipt.batchId()).get(0);
            audit.append(List.of(AuditEvent.builder(AuditKind.BATCH_DELIVERED)
                    .eventId(UUID.nameUUIDFromBytes(("receipt|" + receipt.batchId() + "|" + receipt.departmentCode())
                            .getBytes(StandardCharsets.UTF_8)))
                    .occurredAt(receipt.at())
                    .actorDept(receipt.departmentCode())
                    .actorClient(receipt.nodeId())
                    .providerDept(delivery.uplinkSender())
                    .targetResource(delivery.resourceCode())
                    .operation(delivery.backfillId() == null ? "DOWNLINK" : "BACKFILL " + delivery.backfillId())
                    .result(receipt.failed().isEmpty() ? AuditResult.ALLOWED : AuditResult.FAILED)
                    .denialCode(receipt.failed().isEmpty() ? null : "RECORDS_FAILED")
                    .recordCount((long) receipt.applied())
                    .batchId(receipt.batchId())
                    .latencyMs(Math.max(
                            0, Duration.between(delivery.sentAt(), receipt.at()).toMillis()))
                    .build()));
        }
        return first;
    }

    @Transactional(readOnly = true)
    public BatchView view(CurrentCaller caller, String batchId) {
        List<UplinkBatchRow> uplinks = mapper.uplinks(batchId);
        for (UplinkBatchRow uplink : uplinks) {
            List<DownlinkBatchRow> deliveries = mapper.deliveries(uplink.sender(), uplink.batchId());
            String[] readers = new String[deliveries.size() + 1];
            readers[0] = uplink.sender();
            for (int i = 0; i < deliveries.size(); i++) {
                readers[i + 1] = deliveries.get(i).departmentCode();
            }
            if (!ExchangeAccess.mayRead(caller, readers)) {
                continue;
            }
            boolean all = ExchangeAccess.seesAll(caller) || uplink.sender().equals(ExchangeAccess.department(caller));
            String own = ExchangeAccess.department(caller);
            return new BatchView(
                    batchId,
                    new BatchView.Uplink(
                            uplink.sender(),
                            uplink.resourceCode(),
                            uplink.state(),
                            uplink.reason(),
                            uplink.recordCount(),
                            uplink.acceptedCount(),
                            uplink.rejectedCount(),
                            uplink.staleCount(),
                            uplink.createdAt(),
                            uplink.receivedAt()),
                    deliveries.stream()
                            .filter(d -> all || d.departmentCode().equals(own))
                            .map(BatchView.Delivery::of)
                            .toList());
        }
        List<DownlinkBatchRow> downlinks = mapper.downlink(batchId);
        if (!downlinks.isEmpty()) {
            DownlinkBatchRow downlink = downlinks.get(0);
            if (ExchangeAccess.mayRead(caller, downlink.departmentCode(), downlink.uplinkSender())) {
                return new BatchView(batchId, null, List.of(BatchView.Delivery.of(downlink)));
            }
        }
        if (!uplinks.isEmpty() || !downlinks.isEmpty()) {
            throw ExchangeAccess.forbidden("the batch concerns other departments");
        }
        throw ProblemException.notFound(ProblemCodes.NOT_FOUND, "no batch " + batchId);
    }
}
