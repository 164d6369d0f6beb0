package org.govexchange.exchange.catalog;

/**
 * The catalog answered a lookup with a 4xx about the request itself (400, 405, 409, 414, 422, ...): asking again
 * gets the same answer, so the message that led to the lookup cannot be processed and is dead-lettered instead
 * of being retried for ever. Authentication and throttling answers (401 after renewal, 403, 408, 429) are not
 * this but a {@link CatalogUnavailableException}.
 */
public class CatalogRefusedException extends RuntimeException {

    private final int status;

    public CatalogRefusedException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the catalog answered. */
    public int status() {
        return status;
    }
}
