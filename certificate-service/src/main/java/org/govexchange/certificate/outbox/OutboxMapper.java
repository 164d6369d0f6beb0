package org.govexchange.certificate.outbox;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OutboxMapper extends BaseMapper<OutboxEvent> {

    /** The oldest unsent rows, locked; SKIP LOCKED lets several instances relay side by side. */
    @Select("SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<OutboxEvent> lockUnsent(@Param("limit") int limit);

    @Update("UPDATE outbox_event SET sent_at = #{sentAt}, attempts = attempts + 1, last_error = NULL WHERE id = #{id}")
    int markSent(@Param("id") long id, @Param("sentAt") LocalDateTime sentAt);

    @Update("UPDATE outbox_event SET attempts = attempts + 1, last_error = #{error} WHERE id = #{id}")
    int markFailed(@Param("id") long id, @Param("error") String error);

    @Update("DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < #{before} LIMIT 1000")
    int purgeSentBefore(@Param("before") LocalDateTime before);
}
