package org.govexchange.basicdb.ingest;

import java.util.Optional;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.identifier.IdentifierViolation;

/** Builds rejections that carry what is known of the record. */
public record Rejection(ResourceRecord record) {

    public RejectedRecordException with(String code, String message) {
        return new RejectedRecordException(code, message, record.resourceCode(), record.sourceDept(), record.batchId());
    }

    /** Rejects with the identifier's violation, if it has one, its message after {@code context}. */
    public void ifViolated(Optional<IdentifierViolation> violation, String context) throws RejectedRecordException {
        if (violation.isPresent()) {
            throw with(violation.get().code(), context + violation.get().message());
        }
    }
}
