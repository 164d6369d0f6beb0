package org.govexchange.node.sink;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface AppliedBatchMapper extends BaseMapper<AppliedBatch> {}
