package org.govexchange.node.source;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface WatermarkMapper extends BaseMapper<Watermark> {}
