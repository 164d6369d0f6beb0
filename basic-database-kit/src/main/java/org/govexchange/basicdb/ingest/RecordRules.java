package org.govexchange.basicdb.ingest;

import org.govexchange.basicdb.field.RecordField;

/**
 * What one basic database checks in a source record beyond the shared shape: its key, the fields encoded in
 * the key, and its code tables and formats. Each method throws {@code reject.with(code, message)} for a
 * record it will not take.
 */
public interface RecordRules<F extends RecordField<?>> {

    /** The validated, normalised record key. */
    String key(String key, Rejection reject) throws RejectedRecordException;

    /** A field a source may state but does not set ({@code !field.sourced()}): it must agree with the key. */
    void crossCheck(String key, F field, String text, Rejection reject) throws RejectedRecordException;

    /** The value as stored: validated against its code table or format; {@code text} is not null. */
    String canonical(F field, String text, Rejection reject) throws RejectedRecordException;

    /** The field a deletion sets, and that a source without a value leaves as it is. */
    F statusField();

    /** The status a deletion sets: the record leaves the register, its history stays. */
    String cancelledStatus();
}
