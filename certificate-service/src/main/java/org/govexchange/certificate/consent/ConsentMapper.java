package org.govexchange.certificate.consent;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ConsentMapper extends BaseMapper<Consent> {

    /**
     * Takes one use, atomically: two concurrent requests on the last use cannot both succeed.
     *
     * @return 1 when a use was taken, 0 when the consent is used up, withdrawn or expired
     */
    @Update("UPDATE consent SET remaining_uses = remaining_uses - 1 WHERE consent_id = #{id}"
            + " AND status = 'ACTIVE' AND remaining_uses > 0 AND valid_until > #{now}")
    int takeUse(@Param("id") String consentId, @Param("now") LocalDateTime now);
}
