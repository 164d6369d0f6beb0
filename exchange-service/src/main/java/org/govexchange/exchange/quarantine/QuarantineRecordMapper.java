package org.govexchange.exchange.quarantine;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface QuarantineRecordMapper extends BaseMapper<QuarantineRecord> {

    /** Rows already stored (a replayed batch) are kept as they are. */
    @Insert(
            """
            <script>
            INSERT IGNORE INTO quarantine_record
              (provider_code, batch_id, seq, resource_code, record_key, field, rule_code, reason, created_at)
            VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.providerCode}, #{r.batchId}, #{r.seq}, #{r.resourceCode}, #{r.recordKey}, #{r.field},
               #{r.rule}, #{r.reason}, #{r.createdAt})
            </foreach>
            </script>
            """)
    int insertIgnore(@Param("rows") List<QuarantineRecord> rows);
}
