package org.govexchange.contracts.schema;

/** Value rule of a field: a regular expression (RE2), a code table, or an identifier check. */
public enum ValidationKind {
    REGEX,
    CODE_TABLE,
    /** GB 11643 citizen identity number. */
    ID_NUMBER,
    /** GB 32100 unified social credit code. */
    CREDIT_CODE
}
