package org.govexchange.contracts.schema;

/** Data type of a field (信息项), of a catalog resource or of a certificate type's data. */
public enum FieldType {
    STRING,
    /** A whole number within ±2^53, so that its JSON (RFC 8785) form is exact. */
    INTEGER,
    /** A JSON number or a decimal string, finite, at most 38 digits before and after the point. */
    DECIMAL,
    /** {@code yyyy-MM-dd}, years 1900 to 9999. */
    DATE,
    /** ISO-8601 local or offset date-time, years 1900 to 9999. */
    DATETIME,
    BOOLEAN
}
