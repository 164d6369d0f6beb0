package org.govexchange.node.sink;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Tombstones have a composite key, which BaseMapper does not model: plain annotated statements. */
@Mapper
public interface TombstoneMapper {

    @Select("<script>SELECT resource_code, record_key, version, deleted_at FROM node_tombstone"
            + " WHERE resource_code = #{resourceCode} AND record_key IN"
            + " <foreach item='key' collection='keys' open='(' separator=',' close=')'>#{key}</foreach></script>")
    List<Tombstone> find(@Param("resourceCode") String resourceCode, @Param("keys") Collection<String> keys);

    /** One key of the resource that has a tombstone, if any. */
    @Select("SELECT record_key FROM node_tombstone WHERE resource_code = #{resourceCode} LIMIT 1")
    List<String> any(@Param("resourceCode") String resourceCode);

    /** Keeps the newest deletion of a key. */
    @Insert("INSERT INTO node_tombstone (resource_code, record_key, version, deleted_at)"
            + " VALUES (#{resourceCode}, #{recordKey}, #{version}, #{deletedAt})"
            + " ON DUPLICATE KEY UPDATE deleted_at = IF(VALUES(version) > version, VALUES(deleted_at), deleted_at),"
            + " version = GREATEST(version, VALUES(version))")
    int save(Tombstone tombstone);
}
