package org.govexchange.contracts.exchange;

/** What a record does to its key at the sink. */
public enum RecordOp {
    UPSERT,
    /** The source deleted (or soft-deleted) the record; sinks keep history and mark it, they do not forget it. */
    DELETE
}
