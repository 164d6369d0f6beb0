package org.govexchange.catalog.kafka;

import org.govexchange.contracts.problem.ProblemException;

/**
 * The broker did not confirm a control-plane change in time: 503 {@code KAFKA_UNAVAILABLE}. The request's
 * transaction rolls back, so the catalog never records a department whose node the broker does not know.
 */
public class KafkaUnavailableException extends ProblemException {

    public static final String CODE = "KAFKA_UNAVAILABLE";

    public KafkaUnavailableException(String detail, Throwable cause) {
        super(503, CODE, detail);
        initCause(cause);
    }
}
