package org.govexchange.population.ingest;

/**
 * A source record this database will not take: it is skipped (metric, audit event) and consumption goes
 * on. Carries what is known of the record for the audit.
 */
class RejectedRecordException extends Exception {

    private final String code;
    private final String resourceCode;
    private final String sourceDept;
    private final String batchId;

    RejectedRecordException(String code, String message, String resourceCode, String sourceDept, String batchId) {
        super(message);
        this.code = code;
        this.resourceCode = resourceCode;
        this.sourceDept = sourceDept;
        this.batchId = batchId;
    }

    String code() {
        return code;
    }

    String resourceCode() {
        return resourceCode;
    }

    String sourceDept() {
        return sourceDept;
    }

    String batchId() {
        return batchId;
    }
}
