package org.govexchange.population.ingest;

/** What applying one valid record did. */
enum IngestOutcome {
    /** The person row or its provenance changed. */
    INGESTED,
    /** Newer than before, but it states what the database already holds (or loses every field). */
    UNCHANGED,
    /** Not newer than the version already applied from this source: a redelivery or a late record. */
    IGNORED_OLDER
}
