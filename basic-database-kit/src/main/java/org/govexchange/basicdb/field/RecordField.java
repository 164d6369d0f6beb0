package org.govexchange.basicdb.field;

/**
 * One field of a basic database's record as the API and the exchange name it (a camelCase code), with its
 * column and how to read and write it on the row type {@code R}. Values travel as canonical strings, so
 * sources, masking and reconciliation compare like with like.
 */
public interface RecordField<R> {

    FieldSpec<R> spec();

    /** Whether a source sets this field; the others (the key, what the key encodes) are only cross-checked. */
    boolean sourced();

    default String code() {
        return spec().code();
    }

    default String column() {
        return spec().column();
    }

    /** Longest value the column takes, in characters. */
    default int maxLength() {
        return spec().maxLength();
    }

    /** The value on {@code row}; null when the row is null or has none. */
    default String read(R row) {
        return row == null ? null : spec().reader().apply(row);
    }

    default void write(R row, String value) {
        spec().writer().accept(row, value);
    }
}
