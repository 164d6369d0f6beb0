package org.govexchange.basicdb.ingest;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.govexchange.basicdb.schema.BasicTables;

// Plain MyBatis: the table's key is composite, which MyBatis-Plus's by-id methods cannot express, and the
// table is named per call (each basic database keeps its own).
@Mapper
public interface FieldProvenanceMapper {

    /** All fields' provenance of one record: a range of the primary key. */
    @Select("SELECT ${t.keyColumn} AS record_key, field, resource_code, source_dept, version, updated_at"
            + " FROM ${t.fieldProvenance} WHERE ${t.keyColumn} = #{key}")
    List<FieldProvenance> findByKey(@Param("t") BasicTables tables, @Param("key") String key);

    @Insert("INSERT INTO ${t.fieldProvenance} (${t.keyColumn}, field, resource_code, source_dept, version, updated_at)"
            + " VALUES (#{p.recordKey}, #{p.field}, #{p.resourceCode}, #{p.sourceDept}, #{p.version}, #{p.updatedAt})"
            + " ON DUPLICATE KEY UPDATE resource_code = VALUES(resource_code), source_dept = VALUES(source_dept),"
            + " version = VALUES(version), updated_at = VALUES(updated_at)")
    void upsert(@Param("t") BasicTables tables, @Param("p") FieldProvenance provenance);
}
