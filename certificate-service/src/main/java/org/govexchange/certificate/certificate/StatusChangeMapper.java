package org.govexchange.certificate.certificate;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StatusChangeMapper extends BaseMapper<StatusChange> {}
