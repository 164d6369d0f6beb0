package org.govexchange.certificate.matter;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface MatterMaterialMapper extends BaseMapper<MatterMaterial> {}
