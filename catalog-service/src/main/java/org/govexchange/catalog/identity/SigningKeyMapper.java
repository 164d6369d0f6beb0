package org.govexchange.catalog.identity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SigningKeyMapper extends BaseMapper<SigningKey> {}
