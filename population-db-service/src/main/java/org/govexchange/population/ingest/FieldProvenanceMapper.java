package org.govexchange.population.ingest;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

// Plain MyBatis: the table's key is composite, which MyBatis-Plus's by-id methods cannot express.
@Mapper
public interface FieldProvenanceMapper {

    /** All fields' provenance of one resident: a range of the primary key. */
    @Select("SELECT * FROM person_field_provenance WHERE id_number = #{idNumber}")
    List<FieldProvenance> findByIdNumber(String idNumber);

    @Insert("INSERT INTO person_field_provenance (id_number, field, resource_code, source_dept, version, updated_at)"
            + " VALUES (#{idNumber}, #{field}, #{resourceCode}, #{sourceDept}, #{version}, #{updatedAt})"
            + " ON DUPLICATE KEY UPDATE resource_code = VALUES(resource_code), source_dept = VALUES(source_dept),"
            + " version = VALUES(version), updated_at = VALUES(updated_at)")
    void upsert(FieldProvenance provenance);
}
