package org.govexchange.basicdb.conflict;

import com.baomidou.mybatisplus.core.metadata.IPage;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.govexchange.basicdb.schema.BasicTables;

// Plain MyBatis with the table named per call: each basic database keeps its own conflicts table.
@Mapper
public interface FieldConflictMapper {

    String COLUMNS = "id, ${t.keyColumn} AS record_key, field, value_a, source_a, dept_a, value_b, source_b, dept_b,"
            + " winner, detected_at";

    /** The newest disagreement on one field of one record; null when none. */
    @Select("SELECT " + COLUMNS + " FROM ${t.conflicts} WHERE ${t.keyColumn} = #{key} AND field = #{field}"
            + " ORDER BY id DESC LIMIT 1")
    FieldConflict last(@Param("t") BasicTables tables, @Param("key") String key, @Param("field") String field);

    @Insert("INSERT INTO ${t.conflicts} (${t.keyColumn}, field, value_a, source_a, dept_a, value_b, source_b,"
            + " dept_b, winner, detected_at) VALUES (#{c.recordKey}, #{c.field}, #{c.valueA}, #{c.sourceA},"
            + " #{c.deptA}, #{c.valueB}, #{c.sourceB}, #{c.deptB}, #{c.winner}, #{c.detectedAt})")
    void insert(@Param("t") BasicTables tables, @Param("c") FieldConflict conflict);

    /** Newest first, all fields when {@code field} is null; MyBatis-Plus pagination counts and limits. */
    @Select("<script>SELECT " + COLUMNS + " FROM ${t.conflicts}"
            + "<where><if test='field != null'>field = #{field}</if></where> ORDER BY id DESC</script>")
    IPage<FieldConflict> page(IPage<FieldConflict> page, @Param("t") BasicTables tables, @Param("field") String field);
}
