package org.govexchange.legalentity.ingest;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

// Plain MyBatis: the table's key is composite, which MyBatis-Plus's by-id methods cannot express.
@Mapper
public interface SourceVersionMapper {

    /** The version applied so far, locked until the transaction ends; null when none. */
    @Select("SELECT * FROM legal_entity_source_version"
            + " WHERE credit_code = #{creditCode} AND resource_code = #{resourceCode} FOR UPDATE")
    SourceVersion lock(@Param("creditCode") String creditCode, @Param("resourceCode") String resourceCode);

    // VALUES() rather than the MySQL 8.0.19+ row alias: MariaDB knows only VALUES().
    @Insert("INSERT INTO legal_entity_source_version (credit_code, resource_code, version, op, batch_id, received_at)"
            + " VALUES (#{creditCode}, #{resourceCode}, #{version}, #{op}, #{batchId}, #{receivedAt})"
            + " ON DUPLICATE KEY UPDATE version = VALUES(version), op = VALUES(op),"
            + " batch_id = VALUES(batch_id), received_at = VALUES(received_at)")
    void upsert(SourceVersion version);
}
