package org.govexchange.legalentity.entity;

import java.util.Collection;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

// Plain MyBatis: the shingle table has no entity of its own, only (gram, credit_code) pairs.
@Mapper
public interface NameGramMapper {

    // A pair already present (a repeated delivery of the same name) is kept as it is.
    @Insert("<script>INSERT INTO legal_entity_name_gram (gram, credit_code) VALUES"
            + "<foreach collection='grams' item='gram' separator=','>(#{gram}, #{creditCode})</foreach>"
            + " ON DUPLICATE KEY UPDATE gram = gram</script>")
    void insert(@Param("creditCode") String creditCode, @Param("grams") Collection<String> grams);

    /** Deletes by primary key, the pairs of the old name: no index on credit_code needed. */
    @Delete("<script>DELETE FROM legal_entity_name_gram WHERE credit_code = #{creditCode} AND gram IN"
            + "<foreach collection='grams' item='gram' open='(' separator=',' close=')'>#{gram}</foreach></script>")
    void delete(@Param("creditCode") String creditCode, @Param("grams") Collection<String> grams);
}
