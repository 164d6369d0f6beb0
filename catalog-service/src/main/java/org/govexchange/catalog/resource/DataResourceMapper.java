package org.govexchange.catalog.resource;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DataResourceMapper extends BaseMapper<DataResource> {

    /** Locks the classification's range so two creators cannot take the same sequence number. */
    @Select("SELECT COALESCE(MAX(sequence_no), 0) FROM resource WHERE classification = #{classification} FOR UPDATE")
    int lockLastSequence(@Param("classification") String classification);
}
