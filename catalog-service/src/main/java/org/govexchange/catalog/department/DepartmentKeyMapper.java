package org.govexchange.catalog.department;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DepartmentKeyMapper extends BaseMapper<DepartmentKey> {}
