package org.govexchange.population.person;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface PersonMapper extends BaseMapper<Person> {

    /** Reads the person and locks the row until the transaction ends; null when absent. */
    @Select("SELECT * FROM person WHERE id_number = #{idNumber} FOR UPDATE")
    Person lockById(String idNumber);
}
