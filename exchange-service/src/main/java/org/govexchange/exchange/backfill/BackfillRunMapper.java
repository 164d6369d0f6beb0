package org.govexchange.exchange.backfill;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BackfillRunMapper extends BaseMapper<BackfillRun> {}
