package org.govexchange.population.conflict;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface FieldConflictMapper extends BaseMapper<FieldConflict> {}
