package org.govexchange.legalentity.ingest;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

// Plain MyBatis: the table's key is composite, which MyBatis-Plus's by-id methods cannot express.
@Mapper
public interface FieldProvenanceMapper {

    /** All fields' provenance of one legal entity: a range of the primary key. */
    @Select("SELECT * FROM legal_entity_field_provenance WHERE credit_code = #{creditCode}")
    List<FieldProvenance> findByCreditCode(String creditCode);

    @Insert(
            "INSERT INTO legal_entity_field_provenance (credit_code, field, resource_code, source_dept, version, updated_at)"
                    + " VALUES (#{creditCode}, #{field}, #{resourceCode}, #{sourceDept}, #{version}, #{updatedAt})"
                    + " ON DUPLICATE KEY UPDATE resource_code = VALUES(resource_code), source_dept = VALUES(source_dept),"
                    + " version = VALUES(version), updated_at = VALUES(updated_at)")
    void upsert(FieldProvenance provenance);
}
