package org.govexchange.certificate.usage;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface UsageMapper extends BaseMapper<UsageRecord> {}
