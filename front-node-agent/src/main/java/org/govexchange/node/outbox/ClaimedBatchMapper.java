package org.govexchange.node.outbox;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ClaimedBatchMapper extends BaseMapper<ClaimedBatch> {}
