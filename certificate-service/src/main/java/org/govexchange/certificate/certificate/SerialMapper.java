package org.govexchange.certificate.certificate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Serial numbers per type, issuer and year, taken atomically (LAST_INSERT_ID(expr) is per connection). */
@Mapper
public interface SerialMapper {

    @Insert("INSERT INTO certificate_serial (type_code, issuer_code, serial_year, last_value)"
            + " VALUES (#{typeCode}, #{issuerCode}, #{year}, LAST_INSERT_ID(1))"
            + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
    int advance(@Param("typeCode") String typeCode, @Param("issuerCode") String issuerCode, @Param("year") int year);

    /** The value {@link #advance} just took, on the same connection (call both in one transaction). */
    @Select("SELECT LAST_INSERT_ID()")
    long taken();
}
