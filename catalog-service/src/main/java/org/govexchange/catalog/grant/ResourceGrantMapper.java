package org.govexchange.catalog.grant;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ResourceGrantMapper extends BaseMapper<ResourceGrant> {}
