package org.govexchange.basicdb.ingest;

/** What applying one valid record did. */
public enum IngestOutcome {
    /** The record row or its provenance changed. */
    INGESTED,
    /** Newer than before, but it states what the database already holds (or loses every field). */
    UNCHANGED,
    /** Not newer than the version already applied from this source: a redelivery or a late record. */
    IGNORED_OLDER
}
