package org.govexchange.catalog.application;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ShareApplicationMapper extends BaseMapper<ShareApplication> {}
