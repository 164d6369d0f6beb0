package org.govexchange.exchange.catalog;

/** The catalog did not answer (down, timeout, 5xx, no token): the caller retries later, nothing is decided. */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
