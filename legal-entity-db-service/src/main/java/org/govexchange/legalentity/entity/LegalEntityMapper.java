package org.govexchange.legalentity.entity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface LegalEntityMapper extends BaseMapper<LegalEntity> {

    /** Reads the entity and locks the row until the transaction ends; null when absent. */
    @Select("SELECT * FROM legal_entity WHERE credit_code = #{creditCode} FOR UPDATE")
    LegalEntity lockById(String creditCode);
}
