package org.govexchange.exchange.deadletter;

import org.govexchange.exchange.catalog.CatalogUnavailableException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells an outage (the database, the catalog or the broker not answering: retry, the message is fine) from a
 * failure that belongs to one message (retrying gets the same failure: dead-letter it). When in doubt about
 * the stores, it is an outage: retrying a poison message stalls a partition, but dead-lettering during an
 * outage would lose a good one.
 */
public final class Outages {

    private Outages() {}

    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CatalogUnavailableException
                    || t instanceof DataAccessException
                    || t instanceof TransactionException
                    || t instanceof org.apache.kafka.common.KafkaException
                    || t instanceof org.springframework.kafka.KafkaException) {
                return true;
            }
        }
        return false;
    }
}
