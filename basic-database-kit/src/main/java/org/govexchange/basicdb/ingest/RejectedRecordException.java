package org.govexchange.basicdb.ingest;

/**
 * A source record this database will not take: it is skipped (metric, audit event) and consumption goes
 * on. Carries what is known of the record for the audit.
 */
public class RejectedRecordException extends Exception {

    private final String code;
    private final String resourceCode;
    private final String sourceDept;
    private final String batchId;

    public RejectedRecordException(
            String code, String message, String resourceCode, String sourceDept, String batchId) {
        super(message);
        this.code = code;
        this.resourceCode = resourceCode;
        this.sourceDept = sourceDept;
        this.batchId = batchId;
    }

    public String code() {
        return code;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String sourceDept() {
        return sourceDept;
    }

    public String batchId() {
        return batchId;
    }
}
