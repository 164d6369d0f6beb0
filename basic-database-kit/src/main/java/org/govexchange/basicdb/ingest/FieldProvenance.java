package org.govexchange.basicdb.ingest;

import org.govexchange.basicdb.field.SourcedRow;

/** Which source set the current value of one field of one record, with which version, when (UTC). */
public class FieldProvenance extends SourcedRow {

    private String recordKey;
    private String field;
    private String resourceCode;

    public String getRecordKey() {
        return recordKey;
    }

    public void setRecordKey(String recordKey) {
        this.recordKey = recordKey;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getResourceCode() {
        return resourceCode;
    }

    public void setResourceCode(String resourceCode) {
        this.resourceCode = resourceCode;
    }
}
