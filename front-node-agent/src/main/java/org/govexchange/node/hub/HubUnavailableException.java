package org.govexchange.node.hub;

/** The hub (gateway, catalog or exchange service) could not be reached or answered 5xx: try again later. */
public class HubUnavailableException extends RuntimeException {

    public HubUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public HubUnavailableException(String message) {
        super(message);
    }
}
