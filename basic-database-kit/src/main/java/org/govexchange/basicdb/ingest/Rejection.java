package org.govexchange.basicdb.ingest;

import org.govexchange.contracts.exchange.ResourceRecord;

/** Builds rejections that carry what is known of the record. */
public record Rejection(ResourceRecord record) {

    public RejectedRecordException with(String code, String message) {
        return new RejectedRecordException(code, message, record.resourceCode(), record.sourceDept(), record.batchId());
    }
}
