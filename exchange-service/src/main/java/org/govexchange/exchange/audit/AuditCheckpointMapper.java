package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.mapping.ResultSetType;

/** audit_checkpoint: inserted and read only. */
@Mapper
public interface AuditCheckpointMapper extends BaseMapper<AuditCheckpoint> {

    @Select("SELECT * FROM audit_checkpoint ORDER BY sequence DESC, id DESC LIMIT 1")
    AuditCheckpoint latest();

    /** Checkpoints in a sequence range, each with the hash the log now holds at its sequence. */
    @Select("SELECT c.id, c.sequence, c.hash, c.key_id, c.signature, c.signed_at, e.hash AS row_hash"
            + " FROM audit_checkpoint c LEFT JOIN audit_event e ON e.sequence = c.sequence"
            + " WHERE c.sequence BETWEEN #{from} AND #{to} ORDER BY c.sequence, c.id")
    @Options(fetchSize = Integer.MIN_VALUE, resultSetType = ResultSetType.FORWARD_ONLY)
    Cursor<AuditCheckpoint> streamWithRowHash(@Param("from") long from, @Param("to") long to);
}
