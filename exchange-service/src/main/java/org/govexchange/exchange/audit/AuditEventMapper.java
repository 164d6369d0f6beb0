package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.mapping.ResultSetType;

/** audit_event: inserted, read, streamed; never updated or deleted. */
@Mapper
public interface AuditEventMapper extends BaseMapper<StoredAuditEvent> {

    String COLUMNS = "sequence, event_id, occurred_at, kind, actor_dept, actor_client, target_resource, provider_dept,"
            + " operation, result, denial_code, record_count, fields, purpose, case_id, request_id, batch_id,"
            + " payload_sha256, signature_ref, latency_ms, status, response_bytes, prev_hash, hash";

    /** One multi-row INSERT for a whole appended batch. */
    @Insert("<script>INSERT INTO audit_event (" + COLUMNS + ") VALUES "
            + "<foreach collection='rows' item='r' separator=','>"
            + "(#{r.sequence}, #{r.eventId}, #{r.occurredAt}, #{r.kind}, #{r.actorDept}, #{r.actorClient},"
            + " #{r.targetResource}, #{r.providerDept}, #{r.operation}, #{r.result}, #{r.denialCode},"
            + " #{r.recordCount}, #{r.fields}, #{r.purpose}, #{r.caseId}, #{r.requestId}, #{r.batchId},"
            + " #{r.payloadSha256}, #{r.signatureRef}, #{r.latencyMs}, #{r.status}, #{r.responseBytes},"
            + " #{r.prevHash}, #{r.hash})"
            + "</foreach></script>")
    int insertRows(@Param("rows") List<StoredAuditEvent> rows);

    /**
     * A page of a department's events (actor or provider), newest first. Written as two index-ordered
     * branches instead of {@code actor_dept = ? OR provider_dept = ?}, for which MariaDB merges both
     * indexes and sorts every row of the department (seconds at millions of rows): each branch reads
     * at most {@code limit} rows off its (department, occurred_at) index.
     *
     * @param query the other filters, without order or limit
     */
    @Select("<script>SELECT " + COLUMNS + " FROM ("
            + "(SELECT " + COLUMNS + " FROM audit_event WHERE actor_dept = #{department}"
            + "<if test=\"ew.nonEmptyOfWhere\"> AND ${ew.sqlSegment}</if>"
            + " ORDER BY occurred_at DESC, sequence DESC LIMIT #{limit})"
            + " UNION ALL "
            + "(SELECT " + COLUMNS + " FROM audit_event WHERE provider_dept = #{department}"
            + " AND (actor_dept IS NULL OR actor_dept &lt;&gt; #{department})"
            + "<if test=\"ew.nonEmptyOfWhere\"> AND ${ew.sqlSegment}</if>"
            + " ORDER BY occurred_at DESC, sequence DESC LIMIT #{limit})"
            + ") scoped ORDER BY occurred_at DESC, sequence DESC LIMIT #{offset}, #{rows}</script>")
    List<StoredAuditEvent> departmentPage(
            @Param(Constants.WRAPPER) Wrapper<StoredAuditEvent> query,
            @Param("department") String department,
            @Param("offset") long offset,
            @Param("rows") int rows,
            @Param("limit") long limit);

    @Select("<script>SELECT event_id FROM audit_event WHERE event_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<String> existingEventIds(@Param("ids") Collection<String> ids);

    /**
     * Streams the rows a query selects, one at a time: Connector/J streams a result set only with
     * this fetch size on a forward-only statement. Consume inside a transaction.
     */
    @Select("SELECT " + COLUMNS + " FROM audit_event ${ew.customSqlSegment}")
    @Options(fetchSize = Integer.MIN_VALUE, resultSetType = ResultSetType.FORWARD_ONLY)
    Cursor<StoredAuditEvent> stream(@Param(Constants.WRAPPER) Wrapper<StoredAuditEvent> query);

    @Select("SELECT hash FROM audit_event WHERE sequence = #{sequence}")
    String hashAt(@Param("sequence") long sequence);

    @Select("SELECT MAX(sequence) FROM audit_event")
    Long maxSequence();

    /** Counts per group; {@code keyExpression} is one of a fixed set chosen by the service. */
    @Select("SELECT ${keyExpression} AS stat_key, COUNT(*) AS events,"
            + " COALESCE(SUM(result = 'DENIED'), 0) AS denied, COALESCE(SUM(result = 'FAILED'), 0) AS failed,"
            + " COALESCE(SUM(record_count), 0) AS records"
            + " FROM audit_event ${ew.customSqlSegment} GROUP BY stat_key ORDER BY stat_key")
    List<AuditStatRow> stats(
            @Param("keyExpression") String keyExpression, @Param(Constants.WRAPPER) Wrapper<StoredAuditEvent> query);
}
