package org.govexchange.exchange.reconciliation;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.mapping.ResultSetType;
import org.govexchange.contracts.reconciliation.BucketKeys;

/** The hub's current state of a resource as reconciliation reads it: the live keys of the version guard. */
@Mapper
interface LiveKeyMapper {

    /** Streamed (Connector/J streams only with this fetch size on a forward-only statement); read in a transaction. */
    @Select("SELECT record_key, version FROM resource_key_version WHERE resource_code = #{resource} AND deleted = 0")
    @Options(fetchSize = Integer.MIN_VALUE, resultSetType = ResultSetType.FORWARD_ONLY)
    Cursor<BucketKeys.KeyVersion> live(@Param("resource") String resourceCode);
}
