package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AuditChainHeadMapper extends BaseMapper<AuditChainHead> {

    /** Locks the head until the transaction ends: the one point where appenders queue up. */
    @Select("SELECT id, sequence, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
    AuditChainHead lockHead();

    @Select("SELECT id, sequence, hash FROM audit_chain_head WHERE id = 1")
    AuditChainHead head();

    @Update("UPDATE audit_chain_head SET sequence = #{sequence}, hash = #{hash} WHERE id = 1")
    int moveHead(@Param("sequence") long sequence, @Param("hash") String hash);
}
