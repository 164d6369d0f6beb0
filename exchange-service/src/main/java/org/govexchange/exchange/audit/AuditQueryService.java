package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditCsv;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the log: pages of events, the CSV export, the stats. */
@Service
public class AuditQueryService {

    private final AuditEventMapper events;

    public AuditQueryService(AuditEventMapper events) {
        this.events = events;
    }

    /**
     * Newest first: occurredAt, then sequence, descending. Each filter's index is (filter, occurred_at)
     * and carries the sequence, so a page is read straight off one index however large the log.
     */
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query, AuditScope scope) {
        int page = query.pageOrFirst();
        int size = query.sizeOrDefault();
        long offset = (long) (page - 1) * size;
        // One row more than the page tells whether another follows.
        List<StoredAuditEvent> rows;
        if (scope.confined()) {
            rows = events.departmentPage(filters(query), scope.department(), offset, size + 1, offset + size + 1);
        } else {
            rows = events.selectList(filters(query)
                    .orderByDesc(StoredAuditEvent::getOccurredAt, StoredAuditEvent::getSequence)
                    // Both numbers are validated ints.
                    .last("LIMIT " + offset + ", " + (size + 1)));
        }
        boolean hasNext = rows.size() > size;
        List<AuditEventView> items =
                rows.stream().limit(size).map(AuditEventView::of).toList();
        return new AuditPage(items, page, size, hasNext);
    }

    /**
     * Writes every matching row as CSV, in chain order (ascending sequence) so the file can be verified
     * as it is read. Rows stream from the database one at a time: memory stays constant.
     *
     * @return the number of rows written
     */
    @Transactional(readOnly = true)
    public long writeCsv(AuditQuery query, AuditScope scope, OutputStream out) throws IOException {
        LambdaQueryWrapper<StoredAuditEvent> where = where(query, scope).orderByAsc(StoredAuditEvent::getSequence);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(AuditCsv.BOM);
        AuditCsv.writeRecord(writer, AuditCsv.COLUMNS);
        long count = 0;
        try (Cursor<StoredAuditEvent> rows = events.stream(where)) {
            for (StoredAuditEvent row : rows) {
                AuditCsv.writeRecord(writer, cells(row));
                count++;
            }
        }
        writer.flush();
        return count;
    }

    @Transactional(readOnly = true)
    public List<AuditStat> stats(AuditStatsQuery query, AuditScope scope) {
        String key =
                switch (query.groupBy()) {
                    case "actorDept" -> "actor_dept";
                    case "providerDept" -> "provider_dept";
                    case "resource" -> "target_resource";
                    case "day" ->
                        "DATE(DATE_ADD(occurred_at, INTERVAL " + offsetSeconds(query.utcOffset()) + " SECOND))";
                    default ->
                        throw ProblemException.badRequest(
                                ProblemCodes.VALIDATION_FAILED,
                                "groupBy must be actorDept, providerDept, resource or day.");
                };
        AuditQuery range =
                new AuditQuery(query.from(), query.to(), null, null, null, null, null, null, null, null, null);
        return events.stats(key, where(range, scope)).stream()
                .map(row -> new AuditStat(
                        row.getStatKey(), row.getEvents(), row.getDenied(), row.getFailed(), row.getRecords()))
                .toList();
    }

    private static LambdaQueryWrapper<StoredAuditEvent> where(AuditQuery q, AuditScope scope) {
        var where = filters(q);
        if (scope.confined()) {
            where.and(w -> w.eq(StoredAuditEvent::getActorDept, scope.department())
                    .or()
                    .eq(StoredAuditEvent::getProviderDept, scope.department()));
        }
        return where;
    }

    /** The request's own filters (not the caller's scope), combined with AND. */
    private static LambdaQueryWrapper<StoredAuditEvent> filters(AuditQuery q) {
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            throw ProblemException.badRequest(ProblemCodes.VALIDATION_FAILED, "from must be before to.");
        }
        return new LambdaQueryWrapper<StoredAuditEvent>()
                .ge(q.from() != null, StoredAuditEvent::getOccurredAt, utc(q.from()))
                .lt(q.to() != null, StoredAuditEvent::getOccurredAt, utc(q.to()))
                .eq(present(q.actorDept()), StoredAuditEvent::getActorDept, q.actorDept())
                .eq(present(q.providerDept()), StoredAuditEvent::getProviderDept, q.providerDept())
                .eq(present(q.resource()), StoredAuditEvent::getTargetResource, q.resource())
                .eq(present(q.purpose()), StoredAuditEvent::getPurpose, q.purpose())
                .eq(present(q.caseId()), StoredAuditEvent::getCaseId, q.caseId())
                .eq(
                        q.result() != null,
                        StoredAuditEvent::getResult,
                        q.result() == null ? null : q.result().name())
                .eq(
                        q.kind() != null,
                        StoredAuditEvent::getKind,
                        q.kind() == null ? null : q.kind().name());
    }

    /** A row's cells in {@link AuditCsv#COLUMNS} order, verbatim from the columns (even a tampered value). */
    private static List<String> cells(StoredAuditEvent row) {
        return java.util.Arrays.asList(
                String.valueOf(row.getSequence()),
                row.getEventId(),
                row.getOccurredAt() == null ? null : AuditChain.formatTime(row.occurredAtInstant()),
                row.getKind(),
                row.getActorDept(),
                row.getActorClient(),
                row.getTargetResource(),
                row.getProviderDept(),
                row.getOperation(),
                row.getResult(),
                row.getDenialCode(),
                row.getRecordCount() == null ? null : row.getRecordCount().toString(),
                row.getFields(),
                row.getPurpose(),
                row.getCaseId(),
                row.getRequestId(),
                row.getBatchId(),
                row.getPayloadSha256(),
                row.getSignatureRef(),
                row.getLatencyMs() == null ? null : row.getLatencyMs().toString(),
                row.getStatus() == null ? null : row.getStatus().toString(),
                row.getResponseBytes() == null ? null : row.getResponseBytes().toString(),
                row.getPrevHash(),
                row.getHash());
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static int offsetSeconds(String utcOffset) {
        return utcOffset == null ? 0 : ZoneOffset.of(utcOffset).getTotalSeconds();
    }
}
