package org.govexchange.basicdb.ingest;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.govexchange.basicdb.schema.BasicTables;

// Plain MyBatis: the table's key is composite, which MyBatis-Plus's by-id methods cannot express, and the
// table is named per call (each basic database keeps its own).
@Mapper
public interface SourceVersionMapper {

    /** The version applied so far, locked until the transaction ends; null when none. */
    @Select("SELECT ${t.keyColumn} AS record_key, resource_code, version, op, batch_id, received_at"
            + " FROM ${t.sourceVersions} WHERE ${t.keyColumn} = #{key} AND resource_code = #{resourceCode} FOR UPDATE")
    SourceVersion lock(
            @Param("t") BasicTables tables, @Param("key") String key, @Param("resourceCode") String resourceCode);

    // VALUES() rather than the MySQL 8.0.19+ row alias: MariaDB knows only VALUES().
    @Insert("INSERT INTO ${t.sourceVersions} (${t.keyColumn}, resource_code, version, op, batch_id, received_at)"
            + " VALUES (#{v.recordKey}, #{v.resourceCode}, #{v.version}, #{v.op}, #{v.batchId}, #{v.receivedAt})"
            + " ON DUPLICATE KEY UPDATE version = VALUES(version), op = VALUES(op),"
            + " batch_id = VALUES(batch_id), received_at = VALUES(received_at)")
    void upsert(@Param("t") BasicTables tables, @Param("v") SourceVersion version);
}
