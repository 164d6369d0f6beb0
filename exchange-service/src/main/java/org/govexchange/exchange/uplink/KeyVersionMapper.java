package org.govexchange.exchange.uplink;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** resource_key_version: the newest accepted version of every key of a resource. */
@Mapper
interface KeyVersionMapper {

    @Select(
            """
            <script>
            SELECT record_key, version, batch_id, deleted FROM resource_key_version
            WHERE resource_code = #{resource} AND record_key IN
            <foreach collection="keys" item="k" open="(" separator="," close=")">#{k}</foreach>
            </script>
            """)
    List<KeyVersion> find(@Param("resource") String resourceCode, @Param("keys") List<String> keys);

    /** Never moves a key's version back. Assignments run left to right: version is set last. */
    @Insert(
            """
            <script>
            INSERT INTO resource_key_version (resource_code, record_key, version, batch_id, deleted) VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{resource}, #{r.recordKey}, #{r.version}, #{r.batchId}, #{r.deleted})
            </foreach>
            ON DUPLICATE KEY UPDATE
              batch_id = IF(VALUES(version) > version, VALUES(batch_id), batch_id),
              deleted = IF(VALUES(version) > version, VALUES(deleted), deleted),
              version = GREATEST(version, VALUES(version))
            </script>
            """)
    int upsert(@Param("resource") String resourceCode, @Param("rows") List<KeyVersion> rows);

    record KeyVersion(String recordKey, long version, String batchId, boolean deleted) {}
}
