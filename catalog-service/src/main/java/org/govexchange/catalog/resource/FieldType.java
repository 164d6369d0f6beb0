package org.govexchange.catalog.resource;

/** Data type of a field (信息项). */
public enum FieldType {
    STRING,
    INTEGER,
    DECIMAL,
    DATE,
    DATETIME,
    BOOLEAN
}
