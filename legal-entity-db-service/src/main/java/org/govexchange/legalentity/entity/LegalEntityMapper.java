package org.govexchange.legalentity.entity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface LegalEntityMapper extends BaseMapper<LegalEntity> {}
