package org.govexchange.certificate.type;

/** Value rule of a field: a regular expression, a code table, or an identifier check. */
public enum ValidationKind {
    REGEX,
    CODE_TABLE,
    ID_NUMBER,
    CREDIT_CODE
}
