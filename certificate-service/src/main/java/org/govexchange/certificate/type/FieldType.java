package org.govexchange.certificate.type;

/** Data type of a field of a certificate type's schema (the catalog's field types). */
public enum FieldType {
    STRING,
    /** A whole number within ±2^53, so that its RFC 8785 form is exact. */
    INTEGER,
    /** Stored as a decimal string, so that no binary rounding touches signed amounts. */
    DECIMAL,
    /** {@code yyyy-MM-dd}. */
    DATE,
    /** ISO-8601 local or offset date-time. */
    DATETIME,
    BOOLEAN
}
