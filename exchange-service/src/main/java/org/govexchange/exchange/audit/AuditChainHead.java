package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** The single row naming the last event of the chain. */
@TableName("audit_chain_head")
public class AuditChainHead extends ChainPosition {

    @TableId(type = IdType.INPUT)
    private Integer id;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }
}
