package org.govexchange.certificate.consent;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ConsentTypeMapper extends BaseMapper<ConsentType> {}
