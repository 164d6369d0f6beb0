package org.govexchange.certificate.signing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface SigningKeyMapper extends BaseMapper<SigningKey> {

    /** Ends the window of every key still open: the one(s) being replaced. */
    @Update("UPDATE signing_key SET valid_to = #{at} WHERE valid_to IS NULL")
    int retireCurrent(@Param("at") LocalDateTime at);
}
