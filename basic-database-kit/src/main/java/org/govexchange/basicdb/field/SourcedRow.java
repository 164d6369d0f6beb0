package org.govexchange.basicdb.field;

import java.time.LocalDateTime;

/**
 * What ingestion stamps on every row it writes, a record's row as well as a field's provenance: the
 * source's version, department, and when (UTC).
 */
public abstract class SourcedRow {

    private Long version;
    private String sourceDept;
    private LocalDateTime updatedAt;

    /** Marks this row as written from {@code sourceDept}'s {@code version} at {@code at}. */
    public void stamp(Long version, String sourceDept, LocalDateTime at) {
        this.version = version;
        this.sourceDept = sourceDept;
        this.updatedAt = at;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getSourceDept() {
        return sourceDept;
    }

    public void setSourceDept(String sourceDept) {
        this.sourceDept = sourceDept;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
