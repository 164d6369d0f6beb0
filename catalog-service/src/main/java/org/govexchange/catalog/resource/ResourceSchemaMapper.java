package org.govexchange.catalog.resource;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ResourceSchemaMapper extends BaseMapper<ResourceSchema> {}
