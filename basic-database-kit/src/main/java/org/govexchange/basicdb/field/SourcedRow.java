package org.govexchange.basicdb.field;

import java.time.LocalDateTime;

/** What ingestion stamps on every row it writes: the source's version, department, and when (UTC). */
public interface SourcedRow {

    void setVersion(Long version);

    void setSourceDept(String sourceDept);

    void setUpdatedAt(LocalDateTime updatedAt);
}
