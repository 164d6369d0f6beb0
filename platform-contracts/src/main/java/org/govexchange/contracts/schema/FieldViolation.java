package org.govexchange.contracts.schema;

/**
 * One problem with a record's value or with a schema's field.
 *
 * @param field the field code (for a record, also an unknown key); null when it concerns no single field
 * @param rule what was broken, one of the constants here; stable, for machines
 * @param message what was wrong, for people
 */
public record FieldViolation(String field, String rule, String message) {

    // Record rules (RecordCheck).
    public static final String REQUIRED = "REQUIRED";
    public static final String TYPE = "TYPE";
    public static final String LENGTH = "LENGTH";
    /** A number or date of the right type but beyond what the platform holds (±2^53, 38 digits, 1900–9999). */
    public static final String RANGE = "RANGE";

    public static final String REGEX = "REGEX";
    public static final String CODE_TABLE = "CODE_TABLE";
    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String CREDIT_CODE = "CREDIT_CODE";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

    // Schema rules (SchemaRules).
    /** A field's shape: code, name, type, length or the size of its rule. */
    public static final String FIELD_INVALID = "FIELD_INVALID";

    public static final String DUPLICATE_CODE = "DUPLICATE_CODE";
    /** A rule that cannot be run: REGEX without a pattern RE2 compiles, CODE_TABLE without values… */
    public static final String RULE_INVALID = "RULE_INVALID";
}
