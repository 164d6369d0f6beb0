package org.govexchange.local.readiness;

/** A component did not become ready; the message says which, why, and ends with the last lines of its log. */
public final class StartupFailure extends Exception {

    public StartupFailure(String message) {
        super(message);
    }
}
